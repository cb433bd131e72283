using System.Text.Json;

namespace Lantern.Reading.Internal;

/// <summary>Reads the article node of schema.org JSON-LD (<c>NewsArticle</c>, <c>Article</c>, ... also inside <c>@graph</c>).</summary>
internal static class JsonLd
{
    private static readonly JsonDocumentOptions Options = new() { AllowTrailingCommas = true, CommentHandling = JsonCommentHandling.Skip, MaxDepth = 64 };

    private static readonly HashSet<string> ArticleTypes = new(StringComparer.OrdinalIgnoreCase)
    {
        "BlogPosting", "LiveBlogPosting", "Report", "SocialMediaPosting",
    };

    public static void Read(string json, HtmlMetadata into)
    {
        try
        {
            using var document = JsonDocument.Parse(json.Trim(), Options);
            var nodes = new List<JsonElement>();
            Collect(document.RootElement, nodes, 0);
            var byId = new Dictionary<string, JsonElement>(StringComparer.Ordinal);
            foreach (var node in nodes)
            {
                if (Str(node, "@id") is { } id)
                {
                    byId.TryAdd(id, node);
                }
            }

            foreach (var node in nodes)
            {
                if (IsArticle(node))
                {
                    Take(node, byId, into);
                    return;
                }
            }
        }
        catch (Exception e) when (e is JsonException or InvalidOperationException)
        {
            // A broken JSON-LD block is common on real pages; the meta tags still count. System.Text.Json parses a
            // lone-surrogate escape (\uD800) but throws InvalidOperationException when the string is read.
        }
    }

    private static void Collect(JsonElement element, List<JsonElement> nodes, int depth)
    {
        if (depth > 4)
        {
            return;
        }

        if (element.ValueKind == JsonValueKind.Array)
        {
            foreach (var item in element.EnumerateArray())
            {
                Collect(item, nodes, depth + 1);
            }
        }
        else if (element.ValueKind == JsonValueKind.Object)
        {
            nodes.Add(element);
            if (element.TryGetProperty("@graph", out var graph))
            {
                Collect(graph, nodes, depth + 1);
            }
        }
    }

    private static bool IsArticle(JsonElement node)
    {
        if (!node.TryGetProperty("@type", out var type))
        {
            return false;
        }

        return type.ValueKind switch
        {
            JsonValueKind.String => IsArticleType(type.GetString()),
            JsonValueKind.Array => type.EnumerateArray().Any(t => t.ValueKind == JsonValueKind.String && IsArticleType(t.GetString())),
            _ => false,
        };
    }

    private static bool IsArticleType(string? type) =>
        type is not null && (type.EndsWith("Article", StringComparison.OrdinalIgnoreCase) || ArticleTypes.Contains(type));

    private static void Take(JsonElement node, Dictionary<string, JsonElement> byId, HtmlMetadata into)
    {
        into.LdHeadline ??= Str(node, "headline") ?? Str(node, "name");
        into.LdPublished ??= Str(node, "datePublished") ?? Str(node, "dateCreated");
        into.LdUrl ??= Str(node, "url");
        into.LdLanguage ??= Str(node, "inLanguage");
        if (node.TryGetProperty("author", out var author))
        {
            var names = new List<string>();
            Names(author, byId, names);
            if (names.Count > 0)
            {
                into.LdAuthor ??= string.Join(", ", names.Distinct(StringComparer.Ordinal));
            }
        }

        if (node.TryGetProperty("publisher", out var publisher))
        {
            var names = new List<string>();
            Names(publisher, byId, names);
            into.LdPublisher ??= names.FirstOrDefault();
        }
    }

    private static void Names(JsonElement value, Dictionary<string, JsonElement> byId, List<string> names)
    {
        switch (value.ValueKind)
        {
            case JsonValueKind.String when !string.IsNullOrWhiteSpace(value.GetString()):
                names.Add(value.GetString()!.Trim());
                break;
            case JsonValueKind.Array:
                foreach (var item in value.EnumerateArray())
                {
                    if (item.ValueKind != JsonValueKind.Array)
                    {
                        Names(item, byId, names);
                    }
                }

                break;
            case JsonValueKind.Object:
                if (Str(value, "name") is { } name)
                {
                    names.Add(name.Trim());
                }
                else if (Str(value, "@id") is { } id && byId.TryGetValue(id, out var target) && Str(target, "name") is { } targetName)
                {
                    names.Add(targetName.Trim());
                }

                break;
        }
    }

    private static string? Str(JsonElement node, string property) =>
        node.ValueKind == JsonValueKind.Object && node.TryGetProperty(property, out var value) && value.ValueKind == JsonValueKind.String
            && !string.IsNullOrWhiteSpace(value.GetString())
            ? value.GetString()
            : null;
}
