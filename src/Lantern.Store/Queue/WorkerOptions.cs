namespace Lantern.Store.Queue;

/// <summary>How a <see cref="QueueWorker"/> works. Every default is stated here.</summary>
public sealed record WorkerOptions
{
    /// <summary>The name written on the leases it takes (default: host and process id).</summary>
    public string Name { get; init; } = $"{Environment.MachineName}:{Environment.ProcessId}";

    /// <summary>Articles leased at once; null: the analyzer's <c>ParallelArticles</c>.</summary>
    public int? Batch { get; init; }

    /// <summary>How long a lease lasts; an article whose worker died is handed out again after it. Default 5 minutes.</summary>
    public TimeSpan Lease { get; init; } = TimeSpan.FromMinutes(5);

    /// <summary>Wait between polls when every queued article is leased by someone else. Default 1 s.</summary>
    public TimeSpan Poll { get; init; } = TimeSpan.FromSeconds(1);

    /// <summary>Stop once the queue is empty (default); false: keep polling for new work until cancelled.</summary>
    public bool ExitWhenEmpty { get; init; } = true;

    /// <summary>
    /// How long the worker waits out a database it cannot reach (a restart, a failover, a network blip), retrying the
    /// call it was making with a growing pause (0.25 s doubling to 5 s), before it gives up with the error. Default 2 minutes.
    /// </summary>
    public TimeSpan Outage { get; init; } = TimeSpan.FromMinutes(2);

    public static WorkerOptions Default { get; } = new();
}
