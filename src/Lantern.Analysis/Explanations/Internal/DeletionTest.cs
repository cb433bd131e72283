using Lantern.Documents;
using Lantern.Text;

namespace Lantern.Analysis.Explanations.Internal;

/// <summary>
/// For each tested span: the single-word occlusion picks its top k words (inside the span), then the k words are
/// deleted together, and k random words of the span are deleted together (three draws); the drops of the
/// paragraph's technique score are compared.
/// </summary>
internal static class DeletionTest
{
    private const int Draws = 3;

    public static IEnumerable<(double CueDrop, double RandomDrop, double Baseline)> Run(Occluder occluder, ArticleDocument document, ArticleAnalysis analysis, int spansPerArticle, Random random, CancellationToken cancellationToken)
    {
        var text = document.Text;
        var tested = 0;
        foreach (var span in analysis.Spans)
        {
            if (tested >= spansPerArticle)
            {
                yield break;
            }

            var p = SpanExplainer.ParagraphOf(document, span.Span);
            if (p < 0)
            {
                continue;
            }

            var paragraph = document.Paragraphs[p].Span;
            var words = Words.In(text, span.Span).Take(SpanExplainer.MaxWordsPerSpan).ToList();
            if (words.Count < 2)
            {
                continue;
            }

            tested++;
            var k = Math.Min(3, words.Count - 1);
            var single = new List<IReadOnlyList<TextSpan>> { Array.Empty<TextSpan>() };
            single.AddRange(words.Select(w => (IReadOnlyList<TextSpan>)[Words.Deletion(text, w, paragraph)]));
            var scored = occluder.Score(p, single, cancellationToken);
            var baseline = SpanExplainer.TechniqueScore(scored[0].Predictions, p, span.Technique);
            var cues = Enumerable.Range(0, words.Count)
                .OrderByDescending(i => baseline - SpanExplainer.TechniqueScore(scored[1 + i].Predictions, p, span.Technique))
                .ThenBy(i => i)
                .Take(k)
                .ToArray();

            var joint = new List<IReadOnlyList<TextSpan>> { Set(text, words, cues, paragraph) };
            for (var d = 0; d < Draws; d++)
            {
                joint.Add(Set(text, words, [.. Enumerable.Range(0, words.Count).OrderBy(_ => random.Next()).Take(k)], paragraph));
            }

            var jointScored = occluder.Score(p, joint, cancellationToken);
            var cueDrop = baseline - SpanExplainer.TechniqueScore(jointScored[0].Predictions, p, span.Technique);
            var randomDrop = jointScored.Skip(1).Average(r => baseline - SpanExplainer.TechniqueScore(r.Predictions, p, span.Technique));
            yield return (cueDrop, randomDrop, baseline);
        }
    }

    // Deletions of several words; adjacent words' deletions may touch but never overlap.
    private static TextSpan[] Set(string text, List<TextSpan> words, int[] chosen, TextSpan paragraph)
    {
        var spans = chosen.Order().Select(i => Words.Deletion(text, words[i], paragraph)).ToList();
        var merged = new List<TextSpan>();
        foreach (var s in spans)
        {
            if (merged.Count > 0 && s.Start < merged[^1].End)
            {
                merged[^1] = TextSpan.FromBounds(merged[^1].Start, Math.Max(merged[^1].End, s.End));
            }
            else
            {
                merged.Add(s);
            }
        }

        return [.. merged];
    }
}
