using Lantern.Documents;
using Lantern.Models;
using Lantern.Text;

namespace Lantern.Analysis.Explanations.Internal;

/// <summary>
/// Explains every span of an analysis by occlusion: each word of the span and of its close context (three words
/// on each side, inside the paragraph) is deleted in turn, the paragraph is re-scored, and the words whose deletion
/// lowered the paragraph's score for the span's technique most become its cues. One batched encoder call per
/// paragraph covers the words of all its spans.
/// </summary>
internal static class SpanExplainer
{
    public const int ContextWords = 3;
    public const int MaxWordsPerSpan = 40;
    public const int MaxCues = 5;

    public static IReadOnlyList<SpanExplanation> Explain(Occluder occluder, ArticleDocument document, ArticleAnalysis analysis, CancellationToken cancellationToken)
    {
        var text = document.Text;
        var result = new List<SpanExplanation>();
        foreach (var group in analysis.Spans.GroupBy(s => ParagraphOf(document, s.Span)).Where(g => g.Key >= 0))
        {
            var paragraph = document.Paragraphs[group.Key].Span;
            var wordsOf = group.ToDictionary(s => s, s => WordsAround(text, s.Span, paragraph));
            var words = wordsOf.Values.SelectMany(w => w).Distinct().OrderBy(w => w.Start).ToList();
            var deletions = new List<IReadOnlyList<TextSpan>> { Array.Empty<TextSpan>() };
            deletions.AddRange(words.Select(w => (IReadOnlyList<TextSpan>)[Words.Deletion(text, w, paragraph)]));
            var scored = occluder.Score(group.Key, deletions, cancellationToken);
            foreach (var span in group)
            {
                var baseline = TechniqueScore(scored[0].Predictions, group.Key, span.Technique);
                var cues = wordsOf[span]
                    .Select(w => new CueWord(w.Start, w.Length, w.Of(text), Math.Round(baseline - TechniqueScore(scored[1 + words.IndexOf(w)].Predictions, group.Key, span.Technique), 4)))
                    .Where(c => c.Drop > 0)
                    .OrderByDescending(c => c.Drop)
                    .ThenBy(c => c.Start)
                    .Take(MaxCues)
                    .ToArray();
                result.Add(new SpanExplanation(span.Technique, span.Start, span.Length, span.Text, Lantern.Taxonomy.TechniqueDescriptions.Find(span.Technique)?.Definition ?? string.Empty, Math.Round(baseline, 4), cues));
            }
        }

        return result;
    }

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
    private static List<TextSpan> WordsAround(string text, TextSpan span, TextSpan paragraph)
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
