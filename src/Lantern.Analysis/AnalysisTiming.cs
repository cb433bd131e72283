namespace Lantern.Analysis;

/// <summary>Where the time of one analysis went, in milliseconds, and how many tokens were encoded.</summary>
public sealed record AnalysisTiming(double SegmentMs, double EncodeMs, double HeadsMs, double TotalMs, int Tokens);
