namespace Lantern.Store.Ingest;

/// <summary>A feed or page request that answered, but not with something to read (status, size). Caught inside <see cref="FeedSource"/>.</summary>
internal sealed class FeedFetchException(string message) : Exception(message);
