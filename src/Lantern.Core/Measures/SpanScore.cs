namespace Lantern.Measures;

/// <summary>
/// The result of <see cref="SpanMeasure"/>: the technique-aware figures (the official measure),
/// the technique-blind figures (where persuasion is, whatever its kind), and per technique.
/// </summary>
/// <param name="Articles">Gold articles scored.</param>
/// <param name="GoldSpans">Non-empty gold spans scored.</param>
/// <param name="PredictedSpans">Non-empty predicted spans scored (in gold articles).</param>
/// <param name="IgnoredPredictions">Predicted spans left out: in an article the gold does not know, or empty.</param>
public sealed record SpanScore(
    SpanF1 Aware,
    SpanF1 Blind,
    IReadOnlyList<SpanLabelF1> PerTechnique,
    int Articles,
    int GoldSpans,
    int PredictedSpans,
    int IgnoredPredictions);
