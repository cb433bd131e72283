namespace Lantern.Store;

/// <summary>How much a store holds.</summary>
public sealed record CorpusCounts(long Articles, long Analyses, long Spans, long Queued, long Sources);
