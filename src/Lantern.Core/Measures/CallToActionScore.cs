namespace Lantern.Measures;

/// <summary>
/// How <see cref="Lantern.Actions.CallToActionDetector"/> does on a fixed set of labelled sentences: precision and
/// recall of each class (civic, hostile, violent: the most severe call found in a sentence, whoever voices it),
/// of the author-level flag, the hard negatives (metaphors, historical descriptions, quoted and reported calls)
/// wrongly flagged, and every sentence it got wrong.
/// </summary>
public sealed record CallToActionScore(
    int Sentences,
    IReadOnlyList<ClassPrecisionRecall> PerClass,
    ClassPrecisionRecall AuthorFlag,
    double ClassAccuracy,
    int HardNegatives,
    int HardNegativesWronglyFlagged,
    IReadOnlyList<string> Errors);
