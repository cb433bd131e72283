namespace Lantern.Store;

/// <summary>What one save did: articles added (analysed or queued), and those already stored (same content hash).</summary>
public sealed record SaveResult(int Added, int Duplicates, int Queued);
