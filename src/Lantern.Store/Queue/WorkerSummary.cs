namespace Lantern.Store.Queue;

/// <summary>What one worker did: analyses it stored, articles another worker had finished first, articles the analyzer rejected.</summary>
public sealed record WorkerSummary(int Analysed, int AlreadyDone, IReadOnlyList<string> Rejected, TimeSpan Elapsed)
{
    /// <summary>Calls to the database retried because it could not be reached for a while (see <see cref="WorkerOptions.Outage"/>).</summary>
    public int Retries { get; init; }
}
