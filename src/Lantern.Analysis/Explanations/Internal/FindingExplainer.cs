using Lantern.Documents;
using Lantern.Text;

namespace Lantern.Analysis.Explanations.Internal;

/// <summary>
/// Explains the spans and paragraph labels in a scope by occlusion. Per paragraph, the words to try for all its
/// findings are pooled and each is deleted once, in one batched encoder call (a word shared by a span and a label is
/// encoded once); the cues of a finding are the words whose deletion lowered the paragraph's score for its
/// technique most.
/// </summary>
internal static class FindingExplainer
{
    public static (IReadOnlyList<SpanExplanation> Spans, IReadOnlyList<ParagraphExplanation> Paragraphs) Explain(
        Occluder occluder, ArticleDocument document, ArticleAnalysis analysis, ExplanationScope scope, CancellationToken cancellationToken)
    {
        var text = document.Text;
        var spans = new List<SpanExplanation>();
        var paragraphs = new List<ParagraphExplanation>();
        foreach (var paragraph in analysis.Paragraphs)
        {
            cancellationToken.ThrowIfCancellationRequested();
            if (paragraph.Index >= document.Paragraphs.Count)
            {
                continue;
            }

            var range = document.Paragraphs[paragraph.Index].Span;
            var spanWords = analysis.Spans
                .Where(s => scope.Includes(s) && SpanExplainer.ParagraphOf(document, s.Span) == paragraph.Index)
                .ToDictionary(s => s, s => SpanExplainer.WordsAround(text, s.Span, range));
            var labels = paragraph.Techniques.Where(t => scope.Includes(paragraph, t.Label)).ToArray();
            var (labelWords, total) = labels.Length == 0 ? ([], 0) : ParagraphWords.Of(text, paragraph, analysis.Spans);
            if (spanWords.Count == 0 && labels.Length == 0)
            {
                continue;
            }

            var words = spanWords.Values.SelectMany(w => w).Concat(labelWords).Distinct().OrderBy(w => w.Start).ToList();
            var index = words.Select((w, i) => (w, i)).ToDictionary(x => x.w, x => x.i);
            var deletions = new List<IReadOnlyList<TextSpan>> { Array.Empty<TextSpan>() };
            deletions.AddRange(words.Select(w => (IReadOnlyList<TextSpan>)[Words.Deletion(text, w, range)]));
            var scored = occluder.Score(paragraph.Index, deletions, cancellationToken);

            CueWord[] Cues(IEnumerable<TextSpan> tried, string technique, double baseline) => [.. tried
                .Select(w => new CueWord(w.Start, w.Length, w.Of(text), Math.Round(baseline - SpanExplainer.TechniqueScore(scored[1 + index[w]].Predictions, paragraph.Index, technique), 4)))
                .Where(c => c.Drop > 0)
                .OrderByDescending(c => c.Drop)
                .ThenBy(c => c.Start)
                .Take(SpanExplainer.MaxCues)];

            foreach (var (span, tried) in spanWords)
            {
                var baseline = SpanExplainer.TechniqueScore(scored[0].Predictions, paragraph.Index, span.Technique);
                spans.Add(new SpanExplanation(span.Technique, span.Start, span.Length, span.Text, Definition(span.Technique), Math.Round(baseline, 4), Cues(tried, span.Technique, baseline)));
            }

            foreach (var label in labels)
            {
                var baseline = SpanExplainer.TechniqueScore(scored[0].Predictions, paragraph.Index, label.Label);
                paragraphs.Add(new ParagraphExplanation(
                    paragraph.Index, paragraph.Start, paragraph.Length, label.Label, Definition(label.Label), Math.Round(baseline, 4), Cues(labelWords, label.Label, baseline), total, labelWords.Count));
            }
        }

        // Spans in the analysis's order (start, longest first, technique), as before.
        var order = analysis.Spans.Select((s, i) => (s, i)).GroupBy(x => (x.s.Technique, x.s.Start, x.s.Length)).ToDictionary(g => g.Key, g => g.Min(x => x.i));
        return ([.. spans.OrderBy(e => order.GetValueOrDefault((e.Technique, e.Start, e.Length)))], paragraphs);
    }

    private static string Definition(string technique) => Lantern.Taxonomy.TechniqueDescriptions.Find(technique)?.Definition ?? string.Empty;
}
