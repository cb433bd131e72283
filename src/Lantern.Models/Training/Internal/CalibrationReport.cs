using System.Globalization;
using Lantern.Measures;
using Lantern.Models.Internal;
using Lantern.SemEval;
using Lantern.Taxonomy;
using Lantern.Text;

namespace Lantern.Models.Training.Internal;

/// <summary>
/// What cross-validation says about the calibrated scores: reliability diagrams and ECE before and after
/// calibration per task (pooled over the held-out folds; each fold's calibrators were fitted on its training
/// folds' inner out-of-fold scores), and precision, recall and F1 of each preset for paragraph techniques and
/// technique-aware spans (mean over folds).
/// </summary>
internal sealed class CalibrationReport
{
    private static readonly string[] Tasks = ["genre", "frames", "paragraphs", "spans"];
    private static readonly ConfidencePreset[] Presets = [ConfidencePreset.Balanced, ConfidencePreset.HighPrecision, ConfidencePreset.HighRecall];

    private readonly Dictionary<string, (Reliability Before, Reliability After)> reliability =
        Tasks.ToDictionary(t => t, _ => (new Reliability(), new Reliability()), StringComparer.Ordinal);

    private readonly Dictionary<ConfidencePreset, List<(double P, double R, double F)>> paragraphFigures = Presets.ToDictionary(p => p, _ => new List<(double, double, double)>());
    private readonly Dictionary<ConfidencePreset, List<(double P, double R, double F)>> spanFigures = Presets.ToDictionary(p => p, _ => new List<(double, double, double)>());

    private Fold? fold;

    public void StartFold() => fold = new Fold();

    /// <param name="tokens">The article's raw word-piece probabilities per paragraph.</param>
    public void Add(EncodedArticle article, HeadsModel model, ArticleOutput output, float[][] tokens)
    {
        var c = article.Corpus;
        var calibration = model.Calibration;
        if (c.Genre is not null)
        {
            var before = model.GenreScores(output.Genres);
            var after = calibration.Genre(before);
            for (var g = 0; g < before.Length; g++)
            {
                var positive = Labels.Genres[g] == c.Genre;
                reliability["genre"].Before.Add(before[g], positive);
                reliability["genre"].After.Add(after[g], positive);
            }
        }

        if (c.Frames is not null)
        {
            for (var k = 0; k < Labels.Frames.Count; k++)
            {
                var positive = c.Frames.Contains(Labels.Frames[k]);
                reliability["frames"].Before.Add(output.Frames[k], positive);
                reliability["frames"].After.Add(calibration.Frames[k].Apply(output.Frames[k]), positive);
            }
        }

        if (!c.HasTechniques)
        {
            return;
        }

        var techniques = Labels.TechniqueLabels.Count;
        var byLine = c.Paragraphs.Select((p, i) => (p.Line, i)).ToDictionary(x => x.Line, x => x.i);
        var f = fold ?? throw new InvalidOperationException("StartFold first");
        f.Articles.Add(c.Key);
        f.GoldSpans.AddRange(Evaluation.SpanLabels(c, c.Spans!));
        foreach (var (line, gold) in c.ParagraphTechniques!.OrderBy(x => x.Key))
        {
            f.GoldParagraphs.Add(new ParagraphLabels(c.Key, line, gold));
            var has = byLine.TryGetValue(line, out var p);
            for (var k = 0; k < techniques && has; k++)
            {
                var positive = gold.Contains(Labels.TechniqueLabels[k]);
                reliability["paragraphs"].Before.Add(output.ParagraphTechniques[p][k], positive);
                reliability["paragraphs"].After.Add(calibration.Paragraph[k].Apply(output.ParagraphTechniques[p][k]), positive);
            }

            foreach (var preset in Presets)
            {
                var thresholds = Thresholds(model, preset).Paragraph;
                var predicted = has ? Labels.TechniqueLabels.Where((_, k) => output.ParagraphTechniques[p][k] >= thresholds[k]).ToArray() : [];
                f.Paragraphs[preset].Add(new ParagraphLabels(c.Key, line, predicted));
            }
        }

        for (var p = 0; p < tokens.Length; p++)
        {
            var gold = article.TokenGold![p];
            for (var j = 0; j < tokens[p].Length; j++)
            {
                reliability["spans"].Before.Add(tokens[p][j], gold[j]);
                reliability["spans"].After.Add(calibration.Spans[j % techniques].Apply(tokens[p][j]), gold[j]);
            }
        }

        foreach (var preset in Presets)
        {
            var thresholds = Thresholds(model, preset).Spans;
            var spans = new List<(int Technique, TextSpan Span)>();
            for (var p = 0; p < tokens.Length; p++)
            {
                spans.AddRange(SpanDecoder.Decode(article.Input.Paragraphs[p].Tokens, tokens[p], techniques, thresholds).Select(s => (s.Technique, s.Span)));
            }

            f.Spans[preset].AddRange(Evaluation.SpanLabels(c, spans));
        }
    }

    public void EndFold()
    {
        var f = fold ?? throw new InvalidOperationException("StartFold first");
        if (f.GoldParagraphs.Count > 0)
        {
            foreach (var preset in Presets)
            {
                var para = ParagraphTechniqueMeasure.Score(f.GoldParagraphs, f.Paragraphs[preset]);
                paragraphFigures[preset].Add((para.Precision, para.Recall, para.MicroF1));
                var spans = SpanMeasure.Score(f.GoldSpans, f.Spans[preset], f.Articles).Aware;
                spanFigures[preset].Add((spans.Precision, spans.Recall, spans.F1));
            }
        }

        fold = null;
    }

    /// <summary>The report's lines: ECE per task, each task's reliability table, the presets' figures, and what the final heads chose.</summary>
    public IEnumerable<string> Lines(HeadsModel final)
    {
        yield return "calibration (pooled held-out predictions, every label of every unit one prediction; ECE over 10 equal-width bins):";
        foreach (var task in Tasks)
        {
            var (before, after) = reliability[task];
            yield return string.Create(CultureInfo.InvariantCulture, $"ECE {task}: before {before.Ece():0.0000} after {after.Ece():0.0000} ({before.Total:0} predictions)");
        }

        foreach (var task in Tasks)
        {
            var (before, after) = reliability[task];
            yield return $"reliability {task}: bin | count | mean predicted | observed || after calibration: count | mean predicted | observed";
            foreach (var (b, a) in before.Rows().Zip(after.Rows()))
            {
                yield return $"  {b} || {a[(a.IndexOf('|', StringComparison.Ordinal) + 2)..]}";
            }
        }

        yield return "presets (mean over folds): precision / recall / F1 of paragraph techniques (micro) | technique-aware spans";
        foreach (var preset in Presets)
        {
            if (paragraphFigures[preset].Count == 0)
            {
                continue;
            }

            var (pp, pr, pf) = Mean(paragraphFigures[preset]);
            var (sp, sr, sf) = Mean(spanFigures[preset]);
            yield return string.Create(CultureInfo.InvariantCulture, $"preset {ConfidencePresets.Name(preset)}: {pp:0.000} / {pr:0.000} / {pf:0.000} | {sp:0.000} / {sr:0.000} / {sf:0.000}");
        }

        var c = final.Calibration;
        yield return string.Create(CultureInfo.InvariantCulture, $"final calibrators: isotonic for {Isotonic(c.Paragraph)} paragraph techniques, {Isotonic(c.Frames)} frames, {Isotonic(c.Spans)} span techniques (Platt for the rest); genre temperature {c.GenreTemperature:0.000}");
    }

    private static int Isotonic(Calibrator[] calibrators) => calibrators.Count(k => k.Kind == CalibratorKind.Isotonic);

    private static (double, double, double) Mean(List<(double P, double R, double F)> rows) =>
        (rows.Average(r => r.P), rows.Average(r => r.R), rows.Average(r => r.F));

    private static PresetThresholds Thresholds(HeadsModel model, ConfidencePreset preset) => preset switch
    {
        ConfidencePreset.HighPrecision => model.Calibration.HighPrecision!,
        ConfidencePreset.HighRecall => model.Calibration.HighRecall!,
        _ => new PresetThresholds(model.ParagraphThresholds, model.FrameThresholds, model.SpanThresholds),
    };

    private sealed class Fold
    {
        public List<string> Articles { get; } = [];

        public List<ParagraphLabels> GoldParagraphs { get; } = [];

        public List<SpanLabel> GoldSpans { get; } = [];

        public Dictionary<ConfidencePreset, List<ParagraphLabels>> Paragraphs { get; } = Presets.ToDictionary(p => p, _ => new List<ParagraphLabels>());

        public Dictionary<ConfidencePreset, List<SpanLabel>> Spans { get; } = Presets.ToDictionary(p => p, _ => new List<SpanLabel>());
    }
}
