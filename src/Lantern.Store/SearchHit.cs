namespace Lantern.Store;

/// <summary>
/// One search result: the article, its rank (higher is better), a snippet with the matched words between
/// <c>**</c> markers, and the techniques of its current analysis with how many spans each.
/// </summary>
public sealed record SearchHit(
    long ArticleId,
    string ExternalId,
    string? Title,
    string? Source,
    string? Url,
    DateTimeOffset? Published,
    double Rank,
    string Snippet,
    IReadOnlyList<TechniqueCount> Techniques)
{
    /// <summary>Which spans <see cref="Techniques"/> counts: "all", "author" or "quoted" (see <see cref="VoiceFilter"/>).</summary>
    public string Voice { get; init; } = "all";
}
