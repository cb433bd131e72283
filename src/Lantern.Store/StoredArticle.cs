using Lantern.Analysis;

namespace Lantern.Store;

/// <summary>One stored article as read back: its metadata and text, and its current analysis (null while it is queued).</summary>
public sealed record StoredArticle(
    long ArticleId,
    string ExternalId,
    string? Title,
    string? Source,
    string? Url,
    DateTimeOffset? Published,
    string? Language,
    string Text,
    ArticleAnalysis? Analysis);
