namespace Lantern.Models.Training.Internal;

/// <summary>
/// Additive offsets on the genre log-probabilities (the first genre fixed at 0), chosen on out-of-fold
/// predictions of the training articles for the official macro-F1 (over the genres that occur). The
/// classifier itself is trained with class-balanced weights; the offsets only correct its calibration.
/// </summary>
internal static class GenreOffsets
{
    private static readonly float[] Grid = [.. Enumerable.Range(-12, 25).Select(i => i * 0.25f)];

    public static float[] Tune(IReadOnlyList<float[]> probabilities, int[] gold, int classes)
    {
        var best = new float[classes];
        if (probabilities.Count == 0 || classes != 3)
        {
            return best;
        }

        var bestF = MacroF1(probabilities, gold, best);
        var bestSize = 0f;
        foreach (var a in Grid)
        {
            foreach (var b in Grid)
            {
                float[] offsets = [0, a, b];
                var f = MacroF1(probabilities, gold, offsets);
                var size = Math.Abs(a) + Math.Abs(b);
                if (f > bestF + 1e-9 || (Math.Abs(f - bestF) <= 1e-9 && size < bestSize))
                {
                    bestF = f;
                    bestSize = size;
                    best = offsets;
                }
            }
        }

        return best;
    }

    private static double MacroF1(IReadOnlyList<float[]> probabilities, int[] gold, float[] offsets)
    {
        var classes = offsets.Length;
        var tp = new int[classes];
        var fp = new int[classes];
        var fn = new int[classes];
        for (var i = 0; i < probabilities.Count; i++)
        {
            var predicted = 0;
            var bestScore = double.NegativeInfinity;
            for (var c = 0; c < classes; c++)
            {
                var score = Math.Log(Math.Max(probabilities[i][c], 1e-12)) + offsets[c];
                if (score > bestScore)
                {
                    predicted = c;
                    bestScore = score;
                }
            }

            if (predicted == gold[i])
            {
                tp[predicted]++;
            }
            else
            {
                fp[predicted]++;
                fn[gold[i]]++;
            }
        }

        double sum = 0;
        var used = 0;
        for (var c = 0; c < classes; c++)
        {
            if (tp[c] + fp[c] + fn[c] == 0)
            {
                continue;
            }

            used++;
            sum += 2.0 * tp[c] / (2.0 * tp[c] + fp[c] + fn[c]);
        }

        return used == 0 ? 0 : sum / used;
    }
}
