namespace Lantern.Store;

/// <summary>One analysed article's words and spans per technique (what comparisons resample).</summary>
public sealed record ArticleTechniques(long ArticleId, int Words, IReadOnlyDictionary<string, int> Spans);
