namespace Lantern.Models.Internal;

/// <summary>
/// Maps one label's raw head score to a calibrated probability. Works on the raw score's logit (the linear
/// head's own output), so Platt scaling is a straight line there. Strictly increasing, so a label whose raw
/// score passes its raw threshold is exactly one whose calibrated probability passes the calibrated threshold.
/// Immutable; thread-safe.
/// </summary>
internal sealed class Calibrator
{
    /// <summary>Share of the raw score blended into an isotonic map: keeps it strictly increasing (PAV alone has flat steps).</summary>
    public const float IsotonicBlend = 1e-3f;

    public const float LogitLimit = 16f;

    private Calibrator(CalibratorKind kind, float a, float b, float[] x, float[] y)
    {
        Kind = kind;
        A = a;
        B = b;
        X = x;
        Y = y;
    }

    public static Calibrator Identity { get; } = new(CalibratorKind.Identity, 1, 0, [], []);

    public CalibratorKind Kind { get; }

    /// <summary>Platt slope (always positive) and intercept on the logit.</summary>
    public float A { get; }

    public float B { get; }

    /// <summary>Isotonic knots: increasing logits and non-decreasing probabilities, linearly interpolated, flat beyond the ends.</summary>
    public float[] X { get; }

    public float[] Y { get; }

    public static Calibrator Platt(float a, float b)
    {
        if (!float.IsFinite(a) || !float.IsFinite(b) || a <= 0)
        {
            throw new InvalidDataException($"Platt calibrator needs a finite positive slope, not a={a} b={b}");
        }

        return new Calibrator(CalibratorKind.Platt, a, b, [], []);
    }

    public static Calibrator Isotonic(float[] x, float[] y)
    {
        if (x.Length == 0 || x.Length != y.Length)
        {
            throw new InvalidDataException("isotonic calibrator needs as many probabilities as logits, at least one");
        }

        for (var i = 0; i < x.Length; i++)
        {
            if (!float.IsFinite(x[i]) || !(y[i] is >= 0 and <= 1) || (i > 0 && (x[i] <= x[i - 1] || y[i] < y[i - 1])))
            {
                throw new InvalidDataException("isotonic calibrator knots must be finite, increasing and within [0, 1]");
            }
        }

        return new Calibrator(CalibratorKind.Isotonic, 1, 0, x, y);
    }

    public static float Logit(float p)
    {
        var q = Math.Clamp(p, 1e-7f, 1 - 1e-7f);
        return Math.Clamp(MathF.Log(q / (1 - q)), -LogitLimit, LogitLimit);
    }

    /// <summary>The calibrated probability of a raw score in [0, 1].</summary>
    public float Apply(float raw)
    {
        switch (Kind)
        {
            case CalibratorKind.Platt:
                return VectorMath.Sigmoid(A * Logit(raw) + B);
            case CalibratorKind.Isotonic:
                return ((1 - IsotonicBlend) * Interpolate(Logit(raw))) + (IsotonicBlend * Math.Clamp(raw, 0, 1));
            default:
                return Math.Clamp(raw, 0, 1);
        }
    }

    /// <summary>
    /// The calibrated threshold of a raw one: above 1 (a label switched off) stays as it is, so nothing reaches it.
    /// </summary>
    public float Threshold(float raw) => raw > 1 ? raw : Apply(raw);

    /// <summary>
    /// The calibrated score as reported with a decision taken on the raw score: pinned to the calibrated threshold's
    /// side of the decision, so float rounding can never report a selected label below its threshold or the reverse.
    /// </summary>
    public float Reported(float raw, float rawThreshold)
    {
        var q = Apply(raw);
        var t = Threshold(rawThreshold);
        if (raw >= rawThreshold)
        {
            return Math.Max(q, t);
        }

        return q >= t ? MathF.BitDecrement(t) : q;
    }

    private float Interpolate(float x)
    {
        var xs = X;
        var ys = Y;
        if (x <= xs[0])
        {
            return ys[0];
        }

        if (x >= xs[^1])
        {
            return ys[^1];
        }

        var at = Array.BinarySearch(xs, x);
        if (at >= 0)
        {
            return ys[at];
        }

        var hi = ~at;

        var w = (x - xs[hi - 1]) / (xs[hi] - xs[hi - 1]);
        return ys[hi - 1] + (w * (ys[hi] - ys[hi - 1]));
    }
}
