using Lantern.Text;

namespace Lantern.Analysis.Explanations.Internal;

/// <summary>
/// What occlusion tries for a paragraph label: the paragraph's words, at most <see cref="MaxWords"/> of them (each
/// one costs an encoder pass of the paragraph): the words inside the paragraph's spans first, since those are where
/// the span tagger, which the paragraph head is stacked on, fired; then the others in reading order.
/// </summary>
internal static class ParagraphWords
{
    public const int MaxWords = 40;

    public static (List<TextSpan> Tested, int Total) Of(string text, ParagraphAnalysis paragraph, IReadOnlyList<SpanFinding> spans)
    {
        var all = Words.In(text, paragraph.Span);
        if (all.Count <= MaxWords)
        {
            return (all, all.Count);
        }

        var inSpans = spans.Where(s => s.Start < paragraph.Span.End && s.Span.End > paragraph.Start).ToArray();
        bool InSpan(TextSpan w) => inSpans.Any(s => w.Start < s.Span.End && w.End > s.Start);
        var tested = all.Where(InSpan).Concat(all.Where(w => !InSpan(w))).Take(MaxWords).OrderBy(w => w.Start).ToList();
        return (tested, all.Count);
    }
}
