namespace Lantern.Models.Training.Internal;

/// <summary>
/// Per-label thresholds of the high-precision and high-recall presets, from out-of-fold precision and recall at
/// each grid threshold. High precision: the threshold at or above the balanced one with the best F0.5 (precision
/// weighted twice as much as recall; the label is off when none predicts anything right). High recall: the
/// threshold at or below the balanced one with the best F2 (recall weighted twice; the balanced threshold when none
/// helps). So every label's thresholds are ordered high-recall ≤ balanced ≤ high-precision.
/// </summary>
internal static class PresetChooser
{
    public const double PrecisionBeta = 0.5;
    public const double RecallBeta = 2;
    public const float Off = 1.01f;

    /// <param name="grid">Increasing thresholds (all at most 1).</param>
    /// <param name="at">Precision and recall of the label at grid index g (NaN precision when nothing is predicted).</param>
    public static (float HighPrecision, float HighRecall) Choose(float[] grid, float balanced, Func<int, (double Precision, double Recall)> at)
    {
        var highPrecision = Off;
        var best = 0.0;
        for (var g = grid.Length - 1; g >= 0 && balanced <= 1; g--)
        {
            var f = FBeta(at(g), PrecisionBeta);
            if (grid[g] >= balanced && f > best + 1e-12)
            {
                (best, highPrecision) = (f, grid[g]);
            }
        }

        var highRecall = balanced;
        best = balanced <= 1 ? FBetaAt(grid, balanced, at, RecallBeta) : 0;
        for (var g = grid.Length - 1; g >= 0; g--)
        {
            var f = FBeta(at(g), RecallBeta);
            if (grid[g] <= balanced && f > best + 1e-12)
            {
                (best, highRecall) = (f, grid[g]);
            }
        }

        return (highPrecision, highRecall);
    }

    private static double FBetaAt(float[] grid, float threshold, Func<int, (double Precision, double Recall)> at, double beta)
    {
        var g = Array.IndexOf(grid, threshold);
        return g < 0 ? 0 : FBeta(at(g), beta);
    }

    private static double FBeta((double Precision, double Recall) pr, double beta)
    {
        var (p, r) = pr;
        var b2 = beta * beta;
        return double.IsNaN(p) || p + r == 0 ? 0 : (1 + b2) * p * r / ((b2 * p) + r);
    }

    /// <summary>Presets for one-vs-rest labels scored per unit (paragraphs, articles).</summary>
    public static (float[] HighPrecision, float[] HighRecall) ForLabels(IReadOnlyList<float[]> scores, IReadOnlyList<bool[]> gold, float[] balanced)
    {
        var grid = Enumerable.Range(1, 39).Select(i => i * 0.025f).ToArray();
        var labels = balanced.Length;
        var hp = new float[labels];
        var hr = new float[labels];
        for (var k = 0; k < labels; k++)
        {
            (hp[k], hr[k]) = Choose(grid, balanced[k], g =>
            {
                int tp = 0, fp = 0, fn = 0;
                for (var i = 0; i < scores.Count; i++)
                {
                    var predicted = scores[i][k] >= grid[g];
                    if (predicted && gold[i][k])
                    {
                        tp++;
                    }
                    else if (predicted)
                    {
                        fp++;
                    }
                    else if (gold[i][k])
                    {
                        fn++;
                    }
                }

                return (tp + fp == 0 ? double.NaN : tp / (double)(tp + fp), tp + fn == 0 ? 0 : tp / (double)(tp + fn));
            });
        }

        return (hp, hr);
    }
}
