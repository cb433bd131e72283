using Lantern.Models.Internal;

namespace Lantern.Models.Training.Internal;

/// <summary>
/// Out-of-fold scores of one label, counted in narrow bins of the raw score's logit (width 0.02 over ±16): the
/// calibrators are fitted on these counts, so millions of word pieces cost a few thousand numbers.
/// </summary>
internal sealed class ScoreHistogram
{
    public const int Bins = 1600;
    private const float Width = 2 * Calibrator.LogitLimit / Bins;

    public double[] Count { get; } = new double[Bins];

    public double[] Positive { get; } = new double[Bins];

    public static float Center(int bin) => -Calibrator.LogitLimit + ((bin + 0.5f) * Width);

    public void Add(float raw, bool positive)
    {
        var bin = Math.Clamp((int)((Calibrator.Logit(raw) + Calibrator.LogitLimit) / Width), 0, Bins - 1);
        Count[bin]++;
        if (positive)
        {
            Positive[bin]++;
        }
    }

    public static ScoreHistogram Sum(ScoreHistogram a, ScoreHistogram b)
    {
        var s = new ScoreHistogram();
        for (var i = 0; i < Bins; i++)
        {
            s.Count[i] = a.Count[i] + b.Count[i];
            s.Positive[i] = a.Positive[i] + b.Positive[i];
        }

        return s;
    }
}
