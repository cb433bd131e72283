namespace Lantern.Measures;

/// <summary>Precision and recall with partial-overlap credit, and their F1.</summary>
public sealed record SpanF1(double Precision, double Recall, double F1);
