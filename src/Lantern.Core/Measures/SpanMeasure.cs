using Lantern.Errors;
using Lantern.Measures.Internal;
using Lantern.SemEval;
using Lantern.Taxonomy;

namespace Lantern.Measures;

/// <summary>
/// Subtask 3 as spans: precision and recall with partial-overlap credit (after Da San Martino et al.,
/// EMNLP 2019), pooled over all articles.
/// </summary>
/// <remarks>
/// <para>Precision is the mean, over predicted spans, of the share of the span's characters that the union
/// of the gold spans of the same technique in the same article covers; recall is the mean, over gold
/// spans, of the share that the union of predicted spans of the same technique covers; F1 is their
/// harmonic mean. Overlapping spans of one technique are merged into their union first, so two gold
/// spans that overlap do not give double credit. The technique-blind figures do the same ignoring
/// techniques (all spans of an article in one union).</para>
/// <para>Offsets are compared as given. SemEval span files count Unicode code points, and since gold and
/// predictions use the same unit, "characters" here are code points: no text is needed to score.</para>
/// <para>Gold articles drive the evaluation: <paramref name="goldArticles"/> lists them (so an article whose
/// gold span file is empty still counts its predictions as false alarms); when null, the articles that
/// occur in <c>gold</c>. Predicted spans in other articles are not scored and are counted in
/// <see cref="SpanScore.IgnoredPredictions"/>, as are empty predicted spans (they cover no character);
/// empty gold spans are skipped. A mean over no spans is 1 when the other side has no spans either
/// (nothing to find, nothing claimed), else 0.</para>
/// </remarks>
public static class SpanMeasure
{
    public static SpanScore Score(
        IReadOnlyList<SpanLabel> gold,
        IReadOnlyList<SpanLabel> predicted,
        IEnumerable<string>? goldArticles = null,
        string goldName = "gold",
        string predictedName = "predictions")
    {
        var goldSpans = Clean(gold, goldName, out _);
        var articles = new HashSet<string>(goldArticles ?? goldSpans.Select(s => s.ArticleId), StringComparer.Ordinal);
        foreach (var s in goldSpans)
        {
            articles.Add(s.ArticleId);
        }

        var predictedSpans = Clean(predicted, predictedName, out var emptyPredictions);
        var scored = predictedSpans.Where(s => articles.Contains(s.ArticleId)).ToList();
        var ignored = emptyPredictions + (predictedSpans.Count - scored.Count);

        var goldByTechnique = Unions(goldSpans, s => (s.ArticleId, s.Technique));
        var predictedByTechnique = Unions(scored, s => (s.ArticleId, s.Technique));
        var goldByArticle = Unions(goldSpans, s => (s.ArticleId, string.Empty));
        var predictedByArticle = Unions(scored, s => (s.ArticleId, string.Empty));

        var perTechnique = new List<SpanLabelF1>();
        foreach (var technique in Labels.TechniqueLabels)
        {
            var p = ShareSum(scored.Where(s => s.Technique == technique), goldByTechnique, s => (s.ArticleId, s.Technique), out var nPredicted);
            var r = ShareSum(goldSpans.Where(s => s.Technique == technique), predictedByTechnique, s => (s.ArticleId, s.Technique), out var nGold);
            var (precision, recall, f1) = Figures(p, nPredicted, r, nGold);
            perTechnique.Add(new SpanLabelF1(technique, nGold, nPredicted, precision, recall, f1));
        }

        var aware = Pooled(
            ShareSum(scored, goldByTechnique, s => (s.ArticleId, s.Technique), out _),
            ShareSum(goldSpans, predictedByTechnique, s => (s.ArticleId, s.Technique), out _),
            scored.Count,
            goldSpans.Count);
        var blind = Pooled(
            ShareSum(scored, goldByArticle, s => (s.ArticleId, string.Empty), out _),
            ShareSum(goldSpans, predictedByArticle, s => (s.ArticleId, string.Empty), out _),
            scored.Count,
            goldSpans.Count);
        return new SpanScore(aware, blind, perTechnique, articles.Count, goldSpans.Count, scored.Count, ignored);
    }

    private static SpanF1 Pooled(double precisionSum, double recallSum, int nPredicted, int nGold)
    {
        var (p, r, f) = Figures(precisionSum, nPredicted, recallSum, nGold);
        return new SpanF1(p, r, f);
    }

    private static (double Precision, double Recall, double F1) Figures(double precisionSum, int nPredicted, double recallSum, int nGold)
    {
        var bothEmpty = nPredicted == 0 && nGold == 0;
        var precision = nPredicted == 0 ? (bothEmpty ? 1 : 0) : precisionSum / nPredicted;
        var recall = nGold == 0 ? (bothEmpty ? 1 : 0) : recallSum / nGold;
        var f1 = precision + recall == 0 ? 0 : 2 * precision * recall / (precision + recall);
        return (precision, recall, f1);
    }

    // The sum, over the spans, of the share of each covered by the union on the other side; Figures divides it by the count.
    private static double ShareSum(
        IEnumerable<SpanLabel> spans,
        Dictionary<(string, string), Coverage> other,
        Func<SpanLabel, (string, string)> keyOf,
        out int count)
    {
        double sum = 0;
        count = 0;
        foreach (var s in spans)
        {
            var coverage = other.GetValueOrDefault(keyOf(s), Coverage.None);
            sum += (double)coverage.Covered(s.StartCodePoint, s.EndCodePoint) / (s.EndCodePoint - s.StartCodePoint);
            count++;
        }

        return sum;
    }

    private static Dictionary<(string, string), Coverage> Unions(IEnumerable<SpanLabel> spans, Func<SpanLabel, (string, string)> keyOf) =>
        spans.GroupBy(keyOf).ToDictionary(g => g.Key, g => new Coverage(g.Select(s => (s.StartCodePoint, s.EndCodePoint))));

    private static List<SpanLabel> Clean(IReadOnlyList<SpanLabel> spans, string source, out int empty)
    {
        var result = new List<SpanLabel>(spans.Count);
        empty = 0;
        foreach (var s in spans)
        {
            var technique = Labels.NormalizeTechnique(s.Technique)
                ?? throw LanternErrors.UnknownLabel(source, $"article {s.ArticleId}", s.Technique, "technique");
            if (s.EndCodePoint < s.StartCodePoint || s.StartCodePoint < 0)
            {
                throw LanternErrors.InvalidSpan(source, $"article {s.ArticleId}", s.StartCodePoint, s.EndCodePoint);
            }

            if (s.EndCodePoint == s.StartCodePoint)
            {
                empty++;
                continue;
            }

            result.Add(s with { Technique = technique });
        }

        return result;
    }
}
