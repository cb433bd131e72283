using System.Numerics;

namespace Lantern.Models.Internal;

/// <summary>The loops every linear head spends its time in, vectorised.</summary>
internal static class VectorMath
{
    public static float Dot(ReadOnlySpan<float> a, ReadOnlySpan<float> b)
    {
        var sum = Vector<float>.Zero;
        var i = 0;
        var width = Vector<float>.Count;
        for (; i <= a.Length - width; i += width)
        {
            sum += new Vector<float>(a[i..]) * new Vector<float>(b[i..]);
        }

        var result = Vector.Sum(sum);
        for (; i < a.Length; i++)
        {
            result += a[i] * b[i];
        }

        return result;
    }

    /// <summary>y += alpha * x.</summary>
    public static void AddScaled(Span<float> y, float alpha, ReadOnlySpan<float> x)
    {
        var i = 0;
        var width = Vector<float>.Count;
        var a = new Vector<float>(alpha);
        for (; i <= y.Length - width; i += width)
        {
            (new Vector<float>(y[i..]) + a * new Vector<float>(x[i..])).CopyTo(y[i..]);
        }

        for (; i < y.Length; i++)
        {
            y[i] += alpha * x[i];
        }
    }

    /// <summary>z = clamp((x - mean) * scale, -clip, clip), element by element.</summary>
    public static void StandardizeClipped(ReadOnlySpan<float> x, ReadOnlySpan<float> mean, ReadOnlySpan<float> scale, float clip, Span<float> z)
    {
        var i = 0;
        var width = Vector<float>.Count;
        var low = new Vector<float>(-clip);
        var high = new Vector<float>(clip);
        for (; i <= x.Length - width; i += width)
        {
            var v = (new Vector<float>(x[i..]) - new Vector<float>(mean[i..])) * new Vector<float>(scale[i..]);
            Vector.Min(Vector.Max(v, low), high).CopyTo(z[i..]);
        }

        for (; i < x.Length; i++)
        {
            z[i] = Math.Clamp((x[i] - mean[i]) * scale[i], -clip, clip);
        }
    }

    public static float Sigmoid(float z) => z >= 0 ? 1f / (1f + MathF.Exp(-z)) : MathF.Exp(z) / (1f + MathF.Exp(z));
}
