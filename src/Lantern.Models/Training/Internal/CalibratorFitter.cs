using Lantern.Models.Internal;

namespace Lantern.Models.Training.Internal;

/// <summary>
/// Fits one label's <see cref="Calibrator"/> on out-of-fold scores: Platt scaling (a logistic regression on the
/// raw logit, with Platt's smoothed targets, fitted by Newton's method) or isotonic regression (pool adjacent
/// violators), whichever has the lower log loss when each is fitted on one half of the out-of-fold scores and
/// scored on the other (both ways). Deterministic; no random numbers.
/// </summary>
internal static class CalibratorFitter
{
    /// <summary>The label's calibrator from its out-of-fold scores split in two (by inner fold).</summary>
    public static Calibrator Fit(ScoreHistogram first, ScoreHistogram second)
    {
        var platt = LogLoss(Platt(first), second) + LogLoss(Platt(second), first);
        var isotonic = LogLoss(Isotonic(first), second) + LogLoss(Isotonic(second), first);
        var all = ScoreHistogram.Sum(first, second);
        return isotonic < platt ? Isotonic(all) : Platt(all);
    }

    public static Calibrator Platt(ScoreHistogram h)
    {
        double positives = h.Positive.Sum(), negatives = h.Count.Sum() - positives;
        double hi = (positives + 1) / (positives + 2), lo = 1 / (negatives + 2);
        var bins = Enumerable.Range(0, ScoreHistogram.Bins).Where(b => h.Count[b] > 0).ToArray();
        var x = bins.Select(b => (double)ScoreHistogram.Center(b)).ToArray();
        var n = bins.Select(b => h.Count[b]).ToArray();
        var t = bins.Select(b => ((h.Positive[b] * hi) + ((h.Count[b] - h.Positive[b]) * lo)) / h.Count[b]).ToArray();
        double a = 1, c = 0;
        var loss = Loss(a, c);
        for (var iteration = 0; iteration < 100 && bins.Length > 0; iteration++)
        {
            double ga = 0, gc = 0, haa = 1e-9, hac = 0, hcc = 1e-9;
            for (var i = 0; i < x.Length; i++)
            {
                var f = Sigmoid((a * x[i]) + c);
                var d = n[i] * (f - t[i]);
                var w = n[i] * f * (1 - f);
                ga += d * x[i];
                gc += d;
                haa += w * x[i] * x[i];
                hac += w * x[i];
                hcc += w;
            }

            var det = (haa * hcc) - (hac * hac);
            if (Math.Abs(ga) + Math.Abs(gc) < 1e-7 * n.Sum() || det <= 0)
            {
                break;
            }

            var da = -((hcc * ga) - (hac * gc)) / det;
            var dc = -((haa * gc) - (hac * ga)) / det;
            var step = 1.0;
            var improved = false;
            while (step > 1e-6)
            {
                var next = Loss(a + (step * da), c + (step * dc));
                if (next < loss)
                {
                    (a, c, loss, improved) = (a + (step * da), c + (step * dc), next, true);
                    break;
                }

                step /= 2;
            }

            if (!improved)
            {
                break;
            }
        }

        // A non-positive slope means no usable ranking: keep a tiny one so the map stays strictly increasing.
        return Calibrator.Platt((float)Math.Max(a, 1e-3), (float)c);

        double Loss(double a1, double c1)
        {
            var sum = 0.0;
            for (var i = 0; i < x.Length; i++)
            {
                var z = (a1 * x[i]) + c1;
                // Cross-entropy with soft targets, in a form that does not overflow: log(1 + e^z) - t z.
                sum += n[i] * (Softplus(z) - (t[i] * z));
            }

            return sum;
        }
    }

    public static Calibrator Isotonic(ScoreHistogram h)
    {
        // Blocks of (weight, positives, weighted logit sum); merged while they are not strictly increasing.
        var blocks = new List<(double N, double P, double X)>();
        for (var b = 0; b < ScoreHistogram.Bins; b++)
        {
            if (h.Count[b] == 0)
            {
                continue;
            }

            blocks.Add((h.Count[b], h.Positive[b], h.Count[b] * ScoreHistogram.Center(b)));
            while (blocks.Count > 1 && blocks[^2].P / blocks[^2].N >= blocks[^1].P / blocks[^1].N)
            {
                var (n2, p2, x2) = blocks[^1];
                var (n1, p1, x1) = blocks[^2];
                blocks.RemoveAt(blocks.Count - 1);
                blocks[^1] = (n1 + n2, p1 + p2, x1 + x2);
            }
        }

        if (blocks.Count == 0)
        {
            return Calibrator.Isotonic([0f], [0f]);
        }

        var xs = new List<float>();
        var ys = new List<float>();
        foreach (var (n, p, x) in blocks)
        {
            var knot = (float)(x / n);
            // Blocks are strictly increasing in logit, but two close means can round to one float: keep the first.
            if (xs.Count > 0 && knot <= xs[^1])
            {
                continue;
            }

            xs.Add(knot);
            ys.Add((float)Math.Clamp(p / n, ys.Count > 0 ? ys[^1] : 0, 1));
        }

        return Calibrator.Isotonic([.. xs], [.. ys]);
    }

    /// <summary>Log loss of a calibrator on counted scores (probabilities kept within [1e-6, 1 - 1e-6]).</summary>
    public static double LogLoss(Calibrator calibrator, ScoreHistogram h)
    {
        var sum = 0.0;
        for (var b = 0; b < ScoreHistogram.Bins; b++)
        {
            if (h.Count[b] == 0)
            {
                continue;
            }

            var q = Math.Clamp(calibrator.Apply(Sigmoid(ScoreHistogram.Center(b))), 1e-6, 1 - 1e-6);
            sum -= (h.Positive[b] * Math.Log(q)) + ((h.Count[b] - h.Positive[b]) * Math.Log(1 - q));
        }

        return sum;
    }

    /// <summary>
    /// The temperature T (0.05..20) that minimises the log loss of softmax(log p / T) on out-of-fold genre
    /// probabilities (decision offsets already applied): one parameter, so the chosen genre never changes.
    /// </summary>
    public static float Temperature(IReadOnlyList<float[]> probabilities, IReadOnlyList<int> gold)
    {
        if (probabilities.Count == 0)
        {
            return 1;
        }

        double Loss(double logT)
        {
            var t = Math.Exp(logT);
            var sum = 0.0;
            for (var i = 0; i < probabilities.Count; i++)
            {
                var l = probabilities[i].Select(p => Math.Log(Math.Max(p, 1e-12)) / t).ToArray();
                var max = l.Max();
                sum -= l[gold[i]] - max - Math.Log(l.Sum(v => Math.Exp(v - max)));
            }

            return sum;
        }

        // Golden-section search on log T.
        double lo = Math.Log(0.05), hi = Math.Log(20);
        var r = (Math.Sqrt(5) - 1) / 2;
        double c = hi - (r * (hi - lo)), d = lo + (r * (hi - lo));
        for (var i = 0; i < 80; i++)
        {
            if (Loss(c) < Loss(d))
            {
                hi = d;
            }
            else
            {
                lo = c;
            }

            c = hi - (r * (hi - lo));
            d = lo + (r * (hi - lo));
        }

        return (float)Math.Exp((lo + hi) / 2);
    }

    private static float Sigmoid(float z) => VectorMath.Sigmoid(z);

    private static double Sigmoid(double z) => z >= 0 ? 1 / (1 + Math.Exp(-z)) : Math.Exp(z) / (1 + Math.Exp(z));

    private static double Softplus(double z) => z > 0 ? z + Math.Log(1 + Math.Exp(-z)) : Math.Log(1 + Math.Exp(z));
}
