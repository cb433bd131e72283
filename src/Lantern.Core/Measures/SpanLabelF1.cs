namespace Lantern.Measures;

/// <summary>The span figures of one technique, over all articles.</summary>
public sealed record SpanLabelF1(string Technique, int GoldSpans, int PredictedSpans, double Precision, double Recall, double F1);
