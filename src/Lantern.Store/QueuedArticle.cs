using Lantern.Articles;

namespace Lantern.Store;

/// <summary>An article a worker has leased from the queue: analyse it and complete it before the lease runs out.</summary>
public sealed record QueuedArticle(long ArticleId, Article Article);
