namespace Lantern.Analysis;

/// <summary>A label with its score in [0, 1].</summary>
public sealed record ScoredLabel(string Label, double Score);
