namespace Lantern.Store.Ingest;

/// <summary>Counts so far, reported after every input is settled (stored, found duplicate, or rejected).</summary>
public sealed record IngestProgress(int Done, int Added, int Duplicates, int Rejected);
