namespace Lantern.Store.Ingest;

/// <summary>How <see cref="Ingester"/> works. Every default is stated here.</summary>
public sealed record IngestOptions
{
    /// <summary>Articles committed per transaction (with their analyses). Default 16: a crash loses at most that much work.</summary>
    public int BatchSize { get; init; } = 16;

    /// <summary>Articles analysed at once; null: the analyzer's own <c>ParallelArticles</c>.</summary>
    public int? Parallelism { get; init; }

    /// <summary>Store the articles on the work queue without analysing them (a worker does it later).</summary>
    public bool EnqueueOnly { get; init; }

    /// <summary>The source every article is counted under, instead of the one it names (or its URL's host).</summary>
    public string? Source { get; init; }

    public static IngestOptions Default { get; } = new();
}
