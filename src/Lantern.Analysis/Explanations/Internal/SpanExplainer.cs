using Lantern.Documents;
using Lantern.Models;
using Lantern.Text;

namespace Lantern.Analysis.Explanations.Internal;

/// <summary>
/// What occlusion tries for a span: each word of the span and of its close context (three words on each side,
/// inside the paragraph); the words whose deletion lowered the paragraph's score for the span's technique most
/// become its cues (see <see cref="FindingExplainer"/>, which runs them).
/// </summary>
internal static class SpanExplainer
{
    public const int ContextWords = 3;
    public const int MaxWordsPerSpan = 40;
    public const int MaxCues = 5;

    public static double TechniqueScore(HeadPredictions predictions, int paragraph, string technique) =>
        predictions.ParagraphTechniques[paragraph].FirstOrDefault(t => t.Label == technique)?.Score ?? 0;

    public static int ParagraphOf(ArticleDocument document, TextSpan span)
    {
        foreach (var p in document.Paragraphs)
        {
            if (p.Span.Contains(span.Start))
            {
                return p.Index;
            }
        }

        return -1;
    }

    // The span's words (at most MaxWordsPerSpan) and ContextWords on each side, inside the paragraph.
    public static List<TextSpan> WordsAround(string text, TextSpan span, TextSpan paragraph)
    {
        var all = Words.In(text, paragraph);
        var first = all.FindIndex(w => w.End > span.Start);
        if (first < 0)
        {
            return [];
        }

        var last = all.FindLastIndex(w => w.Start < span.End);
        last = Math.Min(last, first + MaxWordsPerSpan - 1);
        var from = Math.Max(0, first - ContextWords);
        var to = Math.Min(all.Count - 1, last + ContextWords);
        return all.GetRange(from, to - from + 1);
    }
}
