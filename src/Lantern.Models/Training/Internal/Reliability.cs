using System.Globalization;

namespace Lantern.Models.Training.Internal;

/// <summary>
/// A reliability diagram of binary predictions (every label of every unit is one prediction): 10 equal-width
/// bins of predicted probability, each with its count, mean prediction and observed frequency, and the expected
/// calibration error ECE = sum over bins of (count / total) × |mean prediction − observed frequency|.
/// </summary>
internal sealed class Reliability
{
    public const int Bins = 10;

    private readonly double[] count = new double[Bins];
    private readonly double[] predicted = new double[Bins];
    private readonly double[] observed = new double[Bins];

    public double Total => count.Sum();

    public void Add(double probability, bool positive)
    {
        var bin = Math.Clamp((int)(probability * Bins), 0, Bins - 1);
        count[bin]++;
        predicted[bin] += probability;
        observed[bin] += positive ? 1 : 0;
    }

    public double Ece()
    {
        var total = Total;
        var sum = 0.0;
        for (var b = 0; b < Bins; b++)
        {
            if (count[b] > 0)
            {
                sum += count[b] / total * Math.Abs((predicted[b] - observed[b]) / count[b]);
            }
        }

        return total == 0 ? double.NaN : sum;
    }

    /// <summary>One line per bin: range, count, mean prediction, observed frequency (bins without predictions say so).</summary>
    public IEnumerable<string> Rows()
    {
        for (var b = 0; b < Bins; b++)
        {
            var range = string.Create(CultureInfo.InvariantCulture, $"{b / (double)Bins:0.0}-{(b + 1) / (double)Bins:0.0}");
            yield return count[b] == 0
                ? $"{range} | 0 | - | -"
                : string.Create(CultureInfo.InvariantCulture, $"{range} | {count[b]:0} | {predicted[b] / count[b]:0.000} | {observed[b] / count[b]:0.000}");
        }
    }
}
