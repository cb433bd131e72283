using System.Threading.RateLimiting;

namespace Lantern.Web.Internal;

/// <summary>
/// The analysis slots every client shares: <see cref="LanternWebOptions.ConcurrentAnalyses"/> run at once and up to
/// <see cref="LanternWebOptions.AnalysisQueue"/> wait, oldest first. It also keeps a running mean of how long an
/// analysis takes, so that a refused request can be told when a slot is likely free (<see cref="RetryAfter"/>).
/// </summary>
internal sealed class AnalysisSlots : IDisposable
{
    private readonly ConcurrencyLimiter limiter;
    private readonly Lock gate = new();
    private double meanSeconds = 1.0; // a guess until the first analysis is timed

    public AnalysisSlots(LanternWebOptions options)
    {
        Concurrent = Math.Max(1, options.ConcurrentAnalyses);
        Queue = Math.Max(0, options.AnalysisQueue);
        limiter = new ConcurrencyLimiter(new ConcurrencyLimiterOptions
        {
            PermitLimit = Concurrent,
            QueueLimit = Queue,
            QueueProcessingOrder = QueueProcessingOrder.OldestFirst,
        });
    }

    public int Concurrent { get; }

    public int Queue { get; }

    /// <summary>The shared limiter; a per-client limiter is chained in front of it (it is not disposed with the chain).</summary>
    public RateLimiter Limiter => limiter;

    public int Running => Concurrent - (int)(limiter.GetStatistics()?.CurrentAvailablePermits ?? Concurrent);

    public int Waiting => (int)(limiter.GetStatistics()?.CurrentQueuedCount ?? 0);

    /// <summary>About when a slot frees up for a newcomer: the work ahead of it spread over the slots, at least a second.</summary>
    public TimeSpan RetryAfter
    {
        get
        {
            double mean;
            lock (gate)
            {
                mean = meanSeconds;
            }

            var ahead = Running + Waiting;
            return TimeSpan.FromSeconds(Math.Max(1, Math.Ceiling(mean * Math.Max(1, ahead) / Concurrent)));
        }
    }

    /// <summary>Adds one analysis' duration to the running mean (an exponential average, so it follows the machine's load).</summary>
    public void Observe(TimeSpan elapsed)
    {
        lock (gate)
        {
            meanSeconds = (0.8 * meanSeconds) + (0.2 * elapsed.TotalSeconds);
        }
    }

    public void Dispose() => limiter.Dispose();
}
