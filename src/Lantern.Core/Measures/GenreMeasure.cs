using Lantern.Measures.Internal;
using Lantern.SemEval;
using Lantern.Taxonomy;

namespace Lantern.Measures;

/// <summary>
/// Subtask 1, the official measure: macro-F1 over the three genres (one genre per article).
/// </summary>
/// <remarks>
/// Follows the official SemEval-2023 Task 3 subtask-1 scorer (scikit-learn <c>f1_score</c>,
/// <c>average="macro"</c>, <c>zero_division=0</c>, no fixed label list): a genre that occurs neither in
/// the gold nor in the predictions is left out of the macro average (its <see cref="LabelF1.Counted"/>
/// is false), and a division by zero counts 0. Gold articles drive the evaluation: an article with
/// no prediction row is an empty prediction (a miss for its gold genre, a false alarm for none);
/// a prediction for an article absent from the gold is not scored and is reported in
/// <see cref="ClassificationScore.IgnoredPredictions"/> (the official scorer refuses such files).
/// An empty genre field is no prediction. Micro figures are given too (equal to accuracy when
/// every article has a prediction).
/// </remarks>
public static class GenreMeasure
{
    public static ClassificationScore Score(
        IReadOnlyList<GenreLabel> gold,
        IReadOnlyList<GenreLabel> predicted,
        string goldName = "gold",
        string predictedName = "predictions")
    {
        var tally = new Tally(Labels.Genres);
        var g = Collect(gold, tally, goldName);
        var p = Collect(predicted, tally, predictedName);
        var (missing, ignored) = Units.Add(tally, g, p);
        return tally.Score(zeroDivision: 0, macroOverUsedLabelsOnly: true, g.Count, missing, ignored);
    }

    private static Dictionary<string, IReadOnlySet<string>> Collect(IReadOnlyList<GenreLabel> rows, Tally tally, string source) =>
        Units.Collect(
            rows,
            r => r.ArticleId,
            r => r.Genre.Length == 0 ? [] : [r.Genre],
            id => $"article {id}",
            tally,
            source,
            "genre");
}
