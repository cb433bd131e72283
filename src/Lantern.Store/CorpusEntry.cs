using Lantern.Analysis;
using Lantern.Articles;

namespace Lantern.Store;

/// <summary>
/// One article to store, with the source it is counted under and its analysis; without an analysis it
/// is put on the work queue instead (<c>ingest --enqueue-only</c>, analysed later by a worker).
/// </summary>
public sealed record CorpusEntry(Article Article, string? Source, ArticleAnalysis? Analysis)
{
    /// <summary>The duplicate key of the article's text (<see cref="ContentHash.Of"/>).</summary>
    public string Hash { get; } = ContentHash.Of(Article.Text);
}
