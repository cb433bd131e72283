using Lantern.Models.Internal;
using Lantern.Text;

namespace Lantern.Models.Training.Internal;

/// <summary>
/// Per-technique span thresholds tuned on out-of-fold token probabilities for the official span measure
/// itself (technique-aware F1 with partial-overlap credit, pooled over articles). The pooled figures are
/// sums over techniques, so each technique's share is computed once per threshold and the thresholds are
/// then chosen by coordinate ascent on the pooled F1.
/// </summary>
internal static class SpanThresholds
{
    private static readonly float[] Grid = [.. Enumerable.Range(1, 19).Select(i => i * 0.05f), 1.01f];

    /// <param name="articles">Training articles with token gold.</param>
    /// <param name="probabilities">Out-of-fold token probabilities per article and paragraph.</param>
    public static float[] Tune(IReadOnlyList<EncodedArticle> articles, float[][][] probabilities, int techniques) =>
        TuneWithPresets(articles, probabilities, techniques).Balanced;

    /// <summary>
    /// The balanced (pooled-F1) thresholds and, from the same per-technique shares, the high-precision and
    /// high-recall presets (<see cref="PresetChooser"/>; precision and recall of one technique on the span measure).
    /// </summary>
    public static (float[] Balanced, float[] HighPrecision, float[] HighRecall) TuneWithPresets(IReadOnlyList<EncodedArticle> articles, float[][][] probabilities, int techniques)
    {
        // share[k][g] = (sum of predicted-span precision shares, predicted span count, sum of gold-span recall shares)
        var shares = new (double P, int N, double R)[techniques, Grid.Length];
        var goldCount = 0;
        var predictedMask = new List<bool[]>();
        var goldMask = new List<bool[]>();
        foreach (var a in articles)
        {
            predictedMask.Add(new bool[a.Corpus.Text.Length]);
            goldMask.Add(new bool[a.Corpus.Text.Length]);
            goldCount += a.Corpus.Spans!.Count;
        }

        for (var k = 0; k < techniques; k++)
        {
            var one = new[] { 0f };
            for (var g = 0; g < Grid.Length; g++)
            {
                one[0] = Grid[g];
                double p = 0, r = 0;
                var n = 0;
                for (var i = 0; i < articles.Count; i++)
                {
                    var a = articles[i];
                    var gold = a.Corpus.Spans!.Where(s => s.Technique == k).Select(s => s.Span).ToList();
                    var predicted = new List<TextSpan>();
                    for (var q = 0; q < a.Input.Paragraphs.Count; q++)
                    {
                        var tokens = a.Input.Paragraphs[q].Tokens;
                        if (tokens.Count == 0)
                        {
                            continue;
                        }

                        var column = new float[tokens.Count];
                        for (var t = 0; t < tokens.Count; t++)
                        {
                            column[t] = probabilities[i][q][t * techniques + k];
                        }

                        predicted.AddRange(SpanDecoder.Decode(tokens, column, 1, one).Select(s => s.Span));
                    }

                    if (gold.Count == 0 && predicted.Count == 0)
                    {
                        continue;
                    }

                    Mark(goldMask[i], gold, true);
                    Mark(predictedMask[i], predicted, true);
                    foreach (var s in predicted)
                    {
                        p += Covered(goldMask[i], s) / (double)s.Length;
                        n++;
                    }

                    foreach (var s in gold)
                    {
                        r += Covered(predictedMask[i], s) / (double)s.Length;
                    }

                    Mark(goldMask[i], gold, false);
                    Mark(predictedMask[i], predicted, false);
                }

                shares[k, g] = (p, n, r);
            }
        }

        var choice = new int[techniques];
        for (var k = 0; k < techniques; k++)
        {
            choice[k] = Grid.Length - 1;
        }

        for (var round = 0; round < 3; round++)
        {
            for (var k = 0; k < techniques; k++)
            {
                var best = -1.0;
                var keep = choice[k];
                for (var g = Grid.Length - 1; g >= 0; g--)
                {
                    choice[k] = g;
                    var f = Pooled(shares, choice, goldCount);
                    if (f > best + 1e-12)
                    {
                        best = f;
                        keep = g;
                    }
                }

                choice[k] = keep;
            }
        }

        var balanced = choice.Select(g => Grid[g]).ToArray();
        var goldPer = new int[techniques];
        foreach (var a in articles)
        {
            foreach (var (k, _) in a.Corpus.Spans!)
            {
                goldPer[k]++;
            }
        }

        var hp = new float[techniques];
        var hr = new float[techniques];
        var grid = Grid[..^1];
        for (var k = 0; k < techniques; k++)
        {
            var technique = k;
            (hp[k], hr[k]) = PresetChooser.Choose(grid, balanced[k], g =>
            {
                var (p, n, r) = shares[technique, g];
                return (n == 0 ? double.NaN : p / n, goldPer[technique] == 0 ? 0 : r / goldPer[technique]);
            });
        }

        return (balanced, hp, hr);
    }

    private static double Pooled((double P, int N, double R)[,] shares, int[] choice, int goldCount)
    {
        double p = 0, r = 0;
        var n = 0;
        for (var k = 0; k < choice.Length; k++)
        {
            var s = shares[k, choice[k]];
            p += s.P;
            n += s.N;
            r += s.R;
        }

        var precision = n == 0 ? 0 : p / n;
        var recall = goldCount == 0 ? 0 : r / goldCount;
        return precision + recall == 0 ? 0 : 2 * precision * recall / (precision + recall);
    }

    private static void Mark(bool[] mask, List<TextSpan> spans, bool value)
    {
        foreach (var s in spans)
        {
            Array.Fill(mask, value, s.Start, Math.Min(s.Length, mask.Length - s.Start));
        }
    }

    private static int Covered(bool[] mask, TextSpan span)
    {
        var covered = 0;
        for (var c = span.Start; c < span.End && c < mask.Length; c++)
        {
            covered += mask[c] ? 1 : 0;
        }

        return covered;
    }
}
