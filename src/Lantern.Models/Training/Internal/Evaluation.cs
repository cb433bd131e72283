using System.Globalization;
using Lantern.Measures;
using Lantern.Models.Internal;
using Lantern.SemEval;
using Lantern.Taxonomy;
using Lantern.Text;

namespace Lantern.Models.Training.Internal;

/// <summary>Gold and predicted label records of evaluation articles, scored with the official measures.</summary>
internal sealed class Evaluation
{
    private static readonly string[] TrivialTechniques = ["Loaded_Language", "Name_Calling-Labeling"];

    public List<GenreLabel> GoldGenres { get; } = [];

    public List<GenreLabel> Genres { get; } = [];

    public List<GenreLabel> BaselineGenres { get; } = [];

    public List<FrameLabels> GoldFrames { get; } = [];

    public List<FrameLabels> Frames { get; } = [];

    public List<FrameLabels> BaselineFrames { get; } = [];

    public List<ParagraphLabels> GoldParagraphs { get; } = [];

    public List<ParagraphLabels> Paragraphs { get; } = [];

    public List<ParagraphLabels> BaselineParagraphs { get; } = [];

    public List<SpanLabel> GoldSpans { get; } = [];

    public List<SpanLabel> Spans { get; } = [];

    public List<SpanLabel> BaselineSpans { get; } = [];

    public List<string> SpanArticles { get; } = [];

    /// <summary>Adds one evaluation article: its gold, the model's predictions and the trivial baselines (priors from the training articles).</summary>
    public void Add(EncodedArticle article, HeadsModel model, ArticleOutput output, string majorityGenre, IReadOnlyList<string> frequentFrames)
    {
        var c = article.Corpus;
        if (c.Genre is not null)
        {
            GoldGenres.Add(new GenreLabel(c.Key, c.Genre));
            var best = model.GenreDecision(output.Genres);
            Genres.Add(new GenreLabel(c.Key, Labels.Genres[best]));
            BaselineGenres.Add(new GenreLabel(c.Key, majorityGenre));
        }

        if (c.Frames is not null)
        {
            GoldFrames.Add(new FrameLabels(c.Key, c.Frames));
            Frames.Add(new FrameLabels(c.Key, [.. Labels.Frames.Where((_, i) => output.Frames[i] >= model.FrameThresholds[i])]));
            BaselineFrames.Add(new FrameLabels(c.Key, frequentFrames));
        }

        if (!c.HasTechniques)
        {
            return;
        }

        var byLine = c.Paragraphs.Select((p, i) => (p.Line, i)).ToDictionary(x => x.Line, x => x.i);
        foreach (var (line, gold) in c.ParagraphTechniques!.OrderBy(x => x.Key))
        {
            GoldParagraphs.Add(new ParagraphLabels(c.Key, line, gold));
            var predicted = byLine.TryGetValue(line, out var p)
                ? Labels.TechniqueLabels.Where((_, k) => output.ParagraphTechniques[p][k] >= model.ParagraphThresholds[k]).ToArray()
                : [];
            Paragraphs.Add(new ParagraphLabels(c.Key, line, predicted));
            BaselineParagraphs.Add(new ParagraphLabels(c.Key, line, TrivialTechniques));
        }

        SpanArticles.Add(c.Key);
        GoldSpans.AddRange(SpanLabels(c, c.Spans!));
        Spans.AddRange(SpanLabels(c, output.Spans.Select(s => (s.Technique, s.Span))));
        // Baseline: every paragraph is one Loaded_Language span.
        BaselineSpans.AddRange(SpanLabels(c, c.Paragraphs.Select(p => (0, p.Span))).Select(l => l with { Technique = "Loaded_Language" }));
    }

    /// <summary>
    /// Span labels in file offsets, counted the way the article's own span file counts (BOM, LF or CRLF):
    /// gold and predictions go through the same convention, so gold scores 1 against itself.
    /// </summary>
    public static IEnumerable<SpanLabel> SpanLabels(CorpusArticle article, IEnumerable<(int Technique, TextSpan Span)> spans)
    {
        foreach (var (technique, span) in spans)
        {
            var (start, end) = article.Offsets.ToCodePoints(span);
            yield return new SpanLabel(article.Key, Labels.TechniqueLabels[technique], start, end);
        }
    }

    public Figures Score(Func<string, bool> keep)
    {
        static List<T> Filter<T>(List<T> rows, Func<T, string> key, Func<string, bool> keep) => [.. rows.Where(r => keep(key(r)))];
        var genre = GoldGenres.Any(g => keep(g.ArticleId)) ? GenreMeasure.Score(Filter(GoldGenres, g => g.ArticleId, keep), Filter(Genres, g => g.ArticleId, keep)).MacroF1 : double.NaN;
        var genreBase = GoldGenres.Any(g => keep(g.ArticleId)) ? GenreMeasure.Score(Filter(GoldGenres, g => g.ArticleId, keep), Filter(BaselineGenres, g => g.ArticleId, keep)).MacroF1 : double.NaN;
        var frames = GoldFrames.Any(g => keep(g.ArticleId)) ? FramingMeasure.Score(Filter(GoldFrames, g => g.ArticleId, keep), Filter(Frames, g => g.ArticleId, keep)).MicroF1 : double.NaN;
        var framesBase = GoldFrames.Any(g => keep(g.ArticleId)) ? FramingMeasure.Score(Filter(GoldFrames, g => g.ArticleId, keep), Filter(BaselineFrames, g => g.ArticleId, keep)).MicroF1 : double.NaN;
        ClassificationScore? para = null, paraBase = null;
        SpanScore? spans = null, spansBase = null;
        if (GoldParagraphs.Any(g => keep(g.ArticleId)))
        {
            var gold = Filter(GoldParagraphs, g => g.ArticleId, keep);
            para = ParagraphTechniqueMeasure.Score(gold, Filter(Paragraphs, g => g.ArticleId, keep));
            paraBase = ParagraphTechniqueMeasure.Score(gold, Filter(BaselineParagraphs, g => g.ArticleId, keep));
            var articles = SpanArticles.Where(keep).ToList();
            var goldSpans = Filter(GoldSpans, g => g.ArticleId, keep);
            spans = SpanMeasure.Score(goldSpans, Filter(Spans, g => g.ArticleId, keep), articles);
            spansBase = SpanMeasure.Score(goldSpans, Filter(BaselineSpans, g => g.ArticleId, keep), articles);
        }

        return new Figures(
            genre,
            genreBase,
            frames,
            framesBase,
            para?.MicroF1 ?? double.NaN,
            para?.MacroF1 ?? double.NaN,
            paraBase?.MicroF1 ?? double.NaN,
            paraBase?.MacroF1 ?? double.NaN,
            spans?.Aware.F1 ?? double.NaN,
            spans?.Blind.F1 ?? double.NaN,
            spansBase?.Aware.F1 ?? double.NaN,
            spansBase?.Blind.F1 ?? double.NaN);
    }

    internal sealed record Figures(
        double Genre,
        double GenreBaseline,
        double Frames,
        double FramesBaseline,
        double ParagraphMicro,
        double ParagraphMacro,
        double ParagraphMicroBaseline,
        double ParagraphMacroBaseline,
        double SpanAware,
        double SpanBlind,
        double SpanAwareBaseline,
        double SpanBlindBaseline)
    {
        public static string Header => "genre macro (base) | frames micro (base) | para micro (base) | para macro (base) | spans aware (base) | spans blind (base)";

        public override string ToString() => string.Create(
            CultureInfo.InvariantCulture,
            $"{Genre:0.000} ({GenreBaseline:0.000}) | {Frames:0.000} ({FramesBaseline:0.000}) | {ParagraphMicro:0.000} ({ParagraphMicroBaseline:0.000}) | {ParagraphMacro:0.000} ({ParagraphMacroBaseline:0.000}) | {SpanAware:0.000} ({SpanAwareBaseline:0.000}) | {SpanBlind:0.000} ({SpanBlindBaseline:0.000})");

        public static Figures Mean(IReadOnlyList<Figures> all)
        {
            double M(Func<Figures, double> f) => all.Select(f).Where(v => !double.IsNaN(v)).DefaultIfEmpty(double.NaN).Average();
            return new Figures(
                M(f => f.Genre), M(f => f.GenreBaseline), M(f => f.Frames), M(f => f.FramesBaseline),
                M(f => f.ParagraphMicro), M(f => f.ParagraphMacro), M(f => f.ParagraphMicroBaseline), M(f => f.ParagraphMacroBaseline),
                M(f => f.SpanAware), M(f => f.SpanBlind), M(f => f.SpanAwareBaseline), M(f => f.SpanBlindBaseline));
        }
    }
}
