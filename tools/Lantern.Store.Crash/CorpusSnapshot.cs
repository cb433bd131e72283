namespace Lantern.Store.Crash;

/// <summary>
/// What a corpus database holds, read directly with SQL (not through the store, which is under test): row counts,
/// articles per content hash, and the articles whose stored text does not hash to their stored content hash.
/// </summary>
internal sealed record CorpusSnapshot(
    long Articles,
    long Analyses,
    long WithoutAnalysis,
    long Queued,
    long RepeatedAnalyses,
    IReadOnlyDictionary<string, int> Hashes,
    IReadOnlyList<string> HashMismatches);
