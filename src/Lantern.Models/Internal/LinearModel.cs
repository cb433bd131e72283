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

    public void Standardize(ReadOnlySpan<float> x, Span<float> z)
    {
        for (var i = 0; i < Inputs; i++)
        {
            z[i] = Math.Clamp((x[i] - Mean[i]) * Scale[i], -Clip, Clip);
        }
    }

    /// <summary>Probabilities of each output for standardised input <paramref name="z"/>.</summary>
    public void PredictStandardized(ReadOnlySpan<float> z, Span<float> probabilities)
    {
        for (var k = 0; k < Outputs; k++)
        {
            probabilities[k] = VectorMath.Dot(Weights.AsSpan(k * Inputs, Inputs), z) + Bias[k];
        }

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
