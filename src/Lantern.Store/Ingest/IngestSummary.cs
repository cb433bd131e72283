namespace Lantern.Store.Ingest;

/// <summary>
/// What one ingest did: new articles (of which <see cref="Queued"/> went to the work queue unanalysed), duplicates
/// (same content hash as a stored article or an earlier input), and rejected inputs with their reasons.
/// </summary>
public sealed record IngestSummary(int Added, int Queued, int Duplicates, IReadOnlyList<IngestItem> Rejected, TimeSpan Elapsed)
{
    public int Total => Added + Duplicates + Rejected.Count;
}
