namespace Lantern.Models.Training.Internal;

/// <summary>
/// Per-label decision thresholds from out-of-fold scores: first the best F1 of each label alone, then
/// two rounds of coordinate ascent on the micro-F1 over all labels (the official measure).
/// </summary>
internal static class Thresholds
{
    private static readonly float[] Grid = [.. Enumerable.Range(1, 39).Select(i => i * 0.025f)];

    /// <param name="scores">Per sample, per label.</param>
    /// <param name="gold">Per sample, per label.</param>
    public static float[] Tune(IReadOnlyList<float[]> scores, IReadOnlyList<bool[]> gold, int labels, bool micro)
    {
        var thresholds = new float[labels];
        var tp = new int[labels];
        var fp = new int[labels];
        var fn = new int[labels];
        for (var k = 0; k < labels; k++)
        {
            var best = -1.0;
            thresholds[k] = 1.01f;
            foreach (var t in Grid)
            {
                var (a, b, c) = Count(scores, gold, k, t);
                var f = a == 0 ? 0 : 2.0 * a / (2.0 * a + b + c);
                if (f > best + 1e-9)
                {
                    best = f;
                    thresholds[k] = a == 0 ? 1.01f : t;
                    (tp[k], fp[k], fn[k]) = (a, b, c);
                }
            }

            if (best <= 0)
            {
                (tp[k], fp[k], fn[k]) = Count(scores, gold, k, 1.01f);
            }
        }

        if (!micro)
        {
            return thresholds;
        }

        for (var round = 0; round < 2; round++)
        {
            for (var k = 0; k < labels; k++)
            {
                var (tpAll, fpAll, fnAll) = (tp.Sum() - tp[k], fp.Sum() - fp[k], fn.Sum() - fn[k]);
                var bestF = Micro(tpAll + tp[k], fpAll + fp[k], fnAll + fn[k]);
                foreach (var t in Grid.Append(1.01f))
                {
                    var (a, b, c) = Count(scores, gold, k, t);
                    var f = Micro(tpAll + a, fpAll + b, fnAll + c);
                    if (f > bestF + 1e-9)
                    {
                        bestF = f;
                        thresholds[k] = t;
                        (tp[k], fp[k], fn[k]) = (a, b, c);
                    }
                }
            }
        }

        return thresholds;
    }

    private static double Micro(int tp, int fp, int fn) => tp == 0 ? 0 : 2.0 * tp / (2.0 * tp + fp + fn);

    private static (int Tp, int Fp, int Fn) Count(IReadOnlyList<float[]> scores, IReadOnlyList<bool[]> gold, int k, float threshold)
    {
        int tp = 0, fp = 0, fn = 0;
        for (var i = 0; i < scores.Count; i++)
        {
            var predicted = scores[i][k] >= threshold;
            var actual = gold[i][k];
            if (predicted && actual)
            {
                tp++;
            }
            else if (predicted)
            {
                fp++;
            }
            else if (actual)
            {
                fn++;
            }
        }

        return (tp, fp, fn);
    }
}
