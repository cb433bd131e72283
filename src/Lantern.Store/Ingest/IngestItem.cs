using Lantern.Articles;

namespace Lantern.Store.Ingest;

/// <summary>One input read for ingestion: an article, or why <see cref="Name"/> (a file, a JSONL line, a feed item) was rejected.</summary>
public sealed record IngestItem(string Name, Article? Article, string? Rejection)
{
    public static IngestItem Of(string name, Article article) => new(name, article, null);

    public static IngestItem Rejected(string name, string why) => new(name, null, why);
}
