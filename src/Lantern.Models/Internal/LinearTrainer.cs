namespace Lantern.Models.Internal;

/// <summary>
/// Trains a <see cref="LinearModel"/> by minibatch Adam on weighted cross-entropy. Deterministic: one
/// thread, a seeded shuffle. Samples are produced on demand by <c>fill</c> so that large token sets are
/// never materialised as one matrix.
/// </summary>
internal static class LinearTrainer
{
    /// <param name="fill">Writes the raw features of sample i.</param>
    /// <param name="target">Target of sample i: for sigmoid models a bitmask reader (i, k) -> 0/1; for softmax the class index via (i, k) -> 1 when k is the class.</param>
    /// <param name="sampleWeights">Per-sample weight (null: 1).</param>
    /// <param name="positiveWeights">Sigmoid only: weight of a positive target per output (null: 1).</param>
    public static LinearModel Train(
        int count,
        int inputs,
        int outputs,
        bool softmax,
        Action<int, Span<float>> fill,
        Func<int, int, bool> target,
        float[]? sampleWeights,
        float[]? positiveWeights,
        LinearTrainerOptions options,
        CancellationToken cancellationToken)
    {
        var (mean, scale) = Moments(count, inputs, fill);
        var w = new float[inputs * outputs];
        var b = new float[outputs];
        var model = new LinearModel(inputs, outputs, softmax, mean, scale, w, b);
        if (count == 0)
        {
            return model;
        }

        var gw = new float[w.Length];
        var gb = new float[outputs];
        var mw = new float[w.Length];
        var vw = new float[w.Length];
        var mb = new float[outputs];
        var vb = new float[outputs];
        var x = new float[inputs];
        var z = new float[inputs];
        var p = new float[outputs];
        var order = Enumerable.Range(0, count).ToArray();
        var random = new Random(options.Seed);
        const float beta1 = 0.9f, beta2 = 0.999f, epsilon = 1e-8f;
        var step = 0;
        for (var epoch = 0; epoch < options.Epochs; epoch++)
        {
            random.Shuffle(order);
            for (var start = 0; start < count; start += options.BatchSize)
            {
                cancellationToken.ThrowIfCancellationRequested();
                var end = Math.Min(count, start + options.BatchSize);
                Array.Clear(gw);
                Array.Clear(gb);
                var batchWeight = 0f;
                for (var s = start; s < end; s++)
                {
                    var i = order[s];
                    fill(i, x);
                    model.Standardize(x, z);
                    model.PredictStandardized(z, p);
                    var sw = sampleWeights?[i] ?? 1f;
                    batchWeight += sw;
                    for (var k = 0; k < outputs; k++)
                    {
                        var y = target(i, k);
                        var weight = sw * (!softmax && y && positiveWeights is not null ? positiveWeights[k] : 1f);
                        var error = (p[k] - (y ? 1f : 0f)) * weight;
                        // Most token outputs are confidently right; skipping them saves most of the time.
                        if (Math.Abs(error) < 1e-4f)
                        {
                            continue;
                        }

                        gb[k] += error;
                        VectorMath.AddScaled(gw.AsSpan(k * inputs, inputs), error, z);
                    }
                }

                step++;
                var norm = 1f / Math.Max(batchWeight, 1e-6f);
                var lr = options.LearningRate * MathF.Sqrt(1 - MathF.Pow(beta2, step)) / (1 - MathF.Pow(beta1, step));
                for (var j = 0; j < w.Length; j++)
                {
                    var g = gw[j] * norm + options.L2 * w[j];
                    mw[j] = beta1 * mw[j] + (1 - beta1) * g;
                    vw[j] = beta2 * vw[j] + (1 - beta2) * g * g;
                    w[j] -= lr * mw[j] / (MathF.Sqrt(vw[j]) + epsilon);
                }

                for (var k = 0; k < outputs; k++)
                {
                    var g = gb[k] * norm;
                    mb[k] = beta1 * mb[k] + (1 - beta1) * g;
                    vb[k] = beta2 * vb[k] + (1 - beta2) * g * g;
                    b[k] -= lr * mb[k] / (MathF.Sqrt(vb[k]) + epsilon);
                }
            }
        }

        return model;
    }

    private static (float[] Mean, float[] Scale) Moments(int count, int inputs, Action<int, Span<float>> fill)
    {
        var sum = new double[inputs];
        var squares = new double[inputs];
        var x = new float[inputs];
        for (var i = 0; i < count; i++)
        {
            fill(i, x);
            for (var j = 0; j < inputs; j++)
            {
                sum[j] += x[j];
                squares[j] += (double)x[j] * x[j];
            }
        }

        var mean = new float[inputs];
        var scale = new float[inputs];
        for (var j = 0; j < inputs; j++)
        {
            var m = count == 0 ? 0 : sum[j] / count;
            var variance = count == 0 ? 0 : Math.Max(0, squares[j] / count - m * m);
            mean[j] = (float)m;
            scale[j] = variance > 1e-12 ? (float)(1 / Math.Sqrt(variance)) : 0f;
        }

        return (mean, scale);
    }
}
