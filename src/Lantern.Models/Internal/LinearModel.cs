namespace Lantern.Models.Internal;

/// <summary>
/// A linear layer over standardised inputs: independent sigmoids (multi-label, one-vs-rest) or one
/// softmax (single label). Standardised values are clipped to ±<see cref="Clip"/> so that a rare hashed
/// n-gram cannot dominate. Immutable after training; thread-safe.
/// </summary>
internal sealed class LinearModel
{
    public const float Clip = 5f;

    public LinearModel(int inputs, int outputs, bool softmax, float[] mean, float[] scale, float[] weights, float[] bias)
    {
        if (mean.Length != inputs || scale.Length != inputs || weights.Length != inputs * outputs || bias.Length != outputs)
        {
            throw new InvalidDataException($"linear model shapes do not match {inputs}x{outputs}");
        }

        Inputs = inputs;
        Outputs = outputs;
        Softmax = softmax;
        Mean = mean;
        Scale = scale;
        Weights = weights;
        Bias = bias;
    }

    public int Inputs { get; }

    public int Outputs { get; }

    public bool Softmax { get; }

    public float[] Mean { get; }

    /// <summary>1 / standard deviation of each input (0 for a constant input).</summary>
    public float[] Scale { get; }

    /// <summary>Row-major [Outputs, Inputs].</summary>
    public float[] Weights { get; }

    public float[] Bias { get; }

    public void Standardize(ReadOnlySpan<float> x, Span<float> z) => Standardize(x, 0, z);

    /// <summary>Standardises <paramref name="x"/> as inputs <paramref name="first"/>.. of this model (a part of its input).</summary>
    public void Standardize(ReadOnlySpan<float> x, int first, Span<float> z) =>
        VectorMath.StandardizeClipped(x, Mean.AsSpan(first, x.Length), Scale.AsSpan(first, x.Length), Clip, z);

    /// <summary>Probabilities of each output for standardised input <paramref name="z"/>.</summary>
    public void PredictStandardized(ReadOnlySpan<float> z, Span<float> probabilities)
    {
        for (var k = 0; k < Outputs; k++)
        {
            probabilities[k] = VectorMath.Dot(WeightsOf(k, 0, Inputs), z) + Bias[k];
        }

        Activate(probabilities);
    }

    /// <summary>Output <paramref name="k"/>'s weights on inputs <paramref name="first"/>..+<paramref name="count"/>.</summary>
    public ReadOnlySpan<float> WeightsOf(int k, int first, int count) => Weights.AsSpan(k * Inputs + first, count);

    /// <summary>Turns logits into probabilities in place: the softmax or one sigmoid each.</summary>
    public void Activate(Span<float> probabilities)
    {
        if (Softmax)
        {
            var max = float.NegativeInfinity;
            for (var k = 0; k < Outputs; k++)
            {
                max = Math.Max(max, probabilities[k]);
            }

            var sum = 0f;
            for (var k = 0; k < Outputs; k++)
            {
                probabilities[k] = MathF.Exp(probabilities[k] - max);
                sum += probabilities[k];
            }

            for (var k = 0; k < Outputs; k++)
            {
                probabilities[k] /= sum;
            }
        }
        else
        {
            for (var k = 0; k < Outputs; k++)
            {
                probabilities[k] = VectorMath.Sigmoid(probabilities[k]);
            }
        }
    }

    public float[] Predict(ReadOnlySpan<float> x)
    {
        var z = new float[Inputs];
        Standardize(x, z);
        var p = new float[Outputs];
        PredictStandardized(z, p);
        return p;
    }
}
