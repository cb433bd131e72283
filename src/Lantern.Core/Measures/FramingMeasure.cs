using Lantern.Measures.Internal;
using Lantern.SemEval;
using Lantern.Taxonomy;

namespace Lantern.Measures;

/// <summary>
/// Subtask 2, the official measure: micro-F1 over (article, frame) pairs; macro-F1 over the 14 frames second.
/// </summary>
/// <remarks>
/// Follows the official subtask-2 scorer (a multi-label binarizer over the fixed frame list, scikit-learn
/// <c>f1_score</c> with <c>zero_division=1</c>): a frame with no gold and no predicted pair has F1 = 1 and
/// still counts in the macro average; an undefined precision or recall is 1. Gold articles drive the
/// evaluation: a missing prediction row is an empty prediction; rows for articles absent from the gold
/// are not scored and are counted in <see cref="ClassificationScore.IgnoredPredictions"/>.
/// </remarks>
public static class FramingMeasure
{
    public static ClassificationScore Score(
        IReadOnlyList<FrameLabels> gold,
        IReadOnlyList<FrameLabels> predicted,
        string goldName = "gold",
        string predictedName = "predictions")
    {
        var tally = new Tally(Labels.Frames);
        var g = Units.Collect(gold, r => r.ArticleId, r => r.Frames, id => $"article {id}", tally, goldName, "frame");
        var p = Units.Collect(predicted, r => r.ArticleId, r => r.Frames, id => $"article {id}", tally, predictedName, "frame");
        var (missing, ignored) = Units.Add(tally, g, p);
        return tally.Score(zeroDivision: 1, macroOverUsedLabelsOnly: false, g.Count, missing, ignored);
    }
}
