namespace Lantern.Measures;

/// <summary>
/// The result of a label measure (genre, framing, paragraph techniques). Precision, recall and
/// <see cref="MicroF1"/> are micro-averaged over (unit, label) pairs; <see cref="MacroF1"/> is the
/// mean F1 of the labels counted in <see cref="PerLabel"/>.
/// </summary>
/// <param name="Units">Gold units scored: articles, or (article, line) paragraphs.</param>
/// <param name="MissingPredictions">Gold units with no prediction row, scored as empty predictions.</param>
/// <param name="IgnoredPredictions">Prediction rows for units the gold does not know, left out of the score.</param>
public sealed record ClassificationScore(
    double Precision,
    double Recall,
    double MicroF1,
    double MacroF1,
    IReadOnlyList<LabelF1> PerLabel,
    int Units,
    int MissingPredictions,
    int IgnoredPredictions);
