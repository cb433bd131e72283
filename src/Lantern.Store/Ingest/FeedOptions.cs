namespace Lantern.Store.Ingest;

/// <summary>Limits of feed fetching. Every default is stated here.</summary>
public sealed record FeedOptions
{
    /// <summary>Time allowed for each request (the feed, and each item's page). Default 20 s.</summary>
    public TimeSpan Timeout { get; init; } = TimeSpan.FromSeconds(20);

    /// <summary>Largest response read (feed or page); a larger one is rejected unread. Default 8 MiB.</summary>
    public long MaxBytes { get; init; } = 8L * 1024 * 1024;

    /// <summary>Items taken from a feed at most. Default 500.</summary>
    public int MaxItems { get; init; } = 500;

    public static FeedOptions Default { get; } = new();
}
