using Lantern.Languages;
using Lantern.Segmentation;
using Lantern.Text;

namespace Lantern.Analysis.Tests.Rendering;

/// <summary>
/// Builds an <see cref="ArticleAnalysis"/> by hand over a text of our own, with spans at chosen offsets:
/// renderers and the SemEval boundary are tested on exact, known spans, independent of what a model predicts.
/// </summary>
internal static class AnalysisSamples
{
    public static ArticleAnalysis With(string text, string? title, params (string Technique, TextSpan Span)[] spans) => new()
    {
        Id = "sample",
        Title = title,
        Language = new LanguageGuess("en", 0.9),
        Genre = new GenreResult("opinion", [new("opinion", 0.7), new("reporting", 0.2), new("satire", 0.1)]),
        Frames = [new("Political", 0.8)],
        Paragraphs = [.. LineParagraphs.Split(text).Select(p => new ParagraphAnalysis(
            p.Index,
            p.Line,
            p.Span.Start,
            p.Span.Length,
            [.. spans.Where(s => s.Span.Overlaps(p.Span)).Select(s => s.Technique).Distinct().Select(t => new ScoredLabel(t, 0.6))]))],
        Spans = [.. spans.Select(s => new SpanFinding(s.Technique, s.Span.Start, s.Span.Length, s.Span.Of(text), 0.75))],
        Warnings = [],
        Model = "test-model",
        Timing = new AnalysisTiming(0, 0, 0, 0, 0),
        Text = text,
    };

    /// <summary>The span of the first occurrence of <paramref name="part"/> in <paramref name="text"/>.</summary>
    public static TextSpan Find(string text, string part)
    {
        var at = text.IndexOf(part, StringComparison.Ordinal);
        Assert.True(at >= 0, $"'{part}' not in the sample text");
        return new TextSpan(at, part.Length);
    }
}
