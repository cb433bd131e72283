namespace Lantern.Reading.Internal;

/// <summary>What the page says about itself (meta tags, JSON-LD, links), before any choice between them.</summary>
internal sealed class HtmlMetadata
{
    public Dictionary<string, string> Meta { get; } = new(StringComparer.Ordinal);

    public string? Canonical { get; set; }

    public string? TitleElement { get; set; }

    public string? FirstH1 { get; set; }

    public string? HtmlLang { get; set; }

    public string? TimePublished { get; set; }

    public string? LdHeadline { get; set; }

    public string? LdAuthor { get; set; }

    public string? LdPublished { get; set; }

    public string? LdUrl { get; set; }

    public string? LdPublisher { get; set; }

    public string? LdLanguage { get; set; }

    /// <summary>The first value found among <paramref name="keys"/> (meta names/properties, lower case).</summary>
    public string? First(params ReadOnlySpan<string> keys)
    {
        foreach (var key in keys)
        {
            if (Meta.TryGetValue(key, out var value))
            {
                return value;
            }
        }

        return null;
    }
}
