namespace Lantern.Store.Internal;

/// <summary>The tables and columns a bulk save writes, in write order (articles before the analyses that refer to them).</summary>
internal static class BulkTables
{
    public static IReadOnlyDictionary<string, string[]> Columns { get; } = new Dictionary<string, string[]>(StringComparer.Ordinal)
    {
        ["articles"] =
        [
            "id", "external_id", "source", "url", "title", "published", "month", "week", "language", "author", "format", "text",
            "title_start", "title_length", "body_start", "body_length", "words", "content_hash", "analysis_id", "added",
        ],
        ["analyses"] = ["id", "article_id", "model", "genre", "genre_score", "language", "created", "action_flag", "author_calls"],
        ["frames"] = ["analysis_id", "frame", "score"],
        ["paragraph_labels"] = ["analysis_id", "paragraph", "line", "start", "length", "technique", "score"],
        ["spans"] = ["analysis_id", "technique", "start", "length", "score", "text", "voice"],
        ["embeddings"] = ["analysis_id", "kind", "technique", "start", "length", "vector"],
    };

    /// <summary>The tables in write order (a dictionary's enumeration order is not guaranteed).</summary>
    public static IReadOnlyList<string> Order { get; } = ["articles", "analyses", "frames", "paragraph_labels", "spans", "embeddings"];
}
