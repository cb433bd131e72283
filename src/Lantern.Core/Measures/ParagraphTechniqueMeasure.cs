using Lantern.Measures.Internal;
using Lantern.SemEval;
using Lantern.Taxonomy;

namespace Lantern.Measures;

/// <summary>
/// Subtask 3 per paragraph, the official measure: micro-F1 over (article, line, technique) triples;
/// macro-F1 over the 23 techniques second.
/// </summary>
/// <remarks>
/// Follows the official subtask-3 scorer (a multi-label binarizer over the fixed list of 23 techniques,
/// scikit-learn <c>f1_score</c> with <c>zero_division=1</c>): a technique with no gold and no predicted
/// triple has F1 = 1 and still counts in the macro average (so on a small sample the macro-F1 is lifted
/// by the techniques that never occur); an undefined precision or recall is 1.
/// The gold rows drive the evaluation (the official scorer is driven by the prediction rows instead):
/// a gold (article, line) with no prediction row is an empty prediction; a prediction row for an
/// (article, line) absent from the gold is not scored and is counted in
/// <see cref="ClassificationScore.IgnoredPredictions"/>.
/// </remarks>
public static class ParagraphTechniqueMeasure
{
    public static ClassificationScore Score(
        IReadOnlyList<ParagraphLabels> gold,
        IReadOnlyList<ParagraphLabels> predicted,
        string goldName = "gold",
        string predictedName = "predictions")
    {
        var tally = new Tally(Labels.TechniqueLabels);
        var g = Collect(gold, tally, goldName);
        var p = Collect(predicted, tally, predictedName);
        var (missing, ignored) = Units.Add(tally, g, p);
        return tally.Score(zeroDivision: 1, macroOverUsedLabelsOnly: false, g.Count, missing, ignored);
    }

    private static Dictionary<(string, int), IReadOnlySet<string>> Collect(IReadOnlyList<ParagraphLabels> rows, Tally tally, string source) =>
        Units.Collect(
            rows,
            r => (r.ArticleId, r.Line),
            r => r.Techniques.Select(t => Labels.NormalizeTechnique(t) ?? t),
            k => $"article {k.Item1}, line {k.Item2}",
            tally,
            source,
            "technique");
}
