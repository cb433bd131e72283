using Lantern.Models.Internal;
using Lantern.Models.Training.Internal;

namespace Lantern.Analysis.Tests.Calibration;

/// <summary>Platt, isotonic and temperature fits on synthetic, deliberately miscalibrated scores (seeded).</summary>
public sealed class CalibratorFittingTests
{
    // True probability σ(x); the "head" reports σ(3x + 1): overconfident and biased upwards.
    private static (List<float> Raw, List<bool> Gold) Miscalibrated(int seed, int n)
    {
        var random = new Random(seed);
        var raw = new List<float>(n);
        var gold = new List<bool>(n);
        for (var i = 0; i < n; i++)
        {
            var x = (random.NextSingle() * 6) - 4;
            raw.Add(VectorMath.Sigmoid((3 * x) + 1));
            gold.Add(random.NextSingle() < VectorMath.Sigmoid(x));
        }

        return (raw, gold);
    }

    private static ScoreHistogram Histogram(List<float> raw, List<bool> gold)
    {
        var h = new ScoreHistogram();
        for (var i = 0; i < raw.Count; i++)
        {
            h.Add(raw[i], gold[i]);
        }

        return h;
    }

    private static double Ece(Func<float, float> map, List<float> raw, List<bool> gold)
    {
        var r = new Reliability();
        for (var i = 0; i < raw.Count; i++)
        {
            r.Add(map(raw[i]), gold[i]);
        }

        return r.Ece();
    }

    [Fact]
    public void Given_overconfident_scores_When_Platt_is_fitted_Then_the_slope_undoes_the_overconfidence_and_ECE_on_new_data_drops()
    {
        var (raw, gold) = Miscalibrated(1, 20_000);
        var (testRaw, testGold) = Miscalibrated(2, 20_000);

        var platt = CalibratorFitter.Platt(Histogram(raw, gold));

        Assert.Equal(CalibratorKind.Platt, platt.Kind);
        Assert.InRange(platt.A, 0.28, 0.39); // true slope 1/3
        Assert.InRange(platt.B, -0.45, -0.2); // true intercept -1/3
        var before = Ece(p => p, testRaw, testGold);
        var after = Ece(platt.Apply, testRaw, testGold);
        Assert.True(before > 0.1, $"the synthetic set should be miscalibrated, ECE {before}");
        Assert.True(after < 0.02 && after < before / 5, $"ECE before {before}, after {after}");
    }

    [Fact]
    public void Given_overconfident_scores_When_isotonic_is_fitted_Then_ECE_on_new_data_drops()
    {
        var (raw, gold) = Miscalibrated(3, 20_000);
        var (testRaw, testGold) = Miscalibrated(4, 20_000);

        var isotonic = CalibratorFitter.Isotonic(Histogram(raw, gold));

        Assert.Equal(CalibratorKind.Isotonic, isotonic.Kind);
        var before = Ece(p => p, testRaw, testGold);
        var after = Ece(isotonic.Apply, testRaw, testGold);
        Assert.True(after < 0.03 && after < before / 4, $"ECE before {before}, after {after}");
    }

    [Fact]
    public void Given_any_fitted_calibrator_When_applied_over_all_scores_Then_it_is_strictly_increasing_and_within_0_1()
    {
        var (raw, gold) = Miscalibrated(5, 5_000);
        var h = Histogram(raw, gold);
        var half = Histogram(raw[..2500], gold[..2500]);
        var rest = Histogram(raw[2500..], gold[2500..]);
        Calibrator[] calibrators = [CalibratorFitter.Platt(h), CalibratorFitter.Isotonic(h), CalibratorFitter.Fit(half, rest), CalibratorFitter.Platt(new ScoreHistogram())];

        foreach (var c in calibrators)
        {
            var previous = -1f;
            for (var i = 0; i <= 2000; i++)
            {
                var q = c.Apply(i / 2000f);
                Assert.InRange(q, 0f, 1f);
                Assert.True(q > previous || (q == previous && q is 0 or 1), $"{c.Kind} not increasing at {i / 2000f}: {previous} then {q}");
                previous = q;
            }
        }
    }

    [Fact]
    public void Given_a_raw_threshold_When_scores_are_reported_Then_a_score_passes_the_calibrated_threshold_exactly_when_the_raw_score_passes_the_raw_one()
    {
        var (raw, gold) = Miscalibrated(6, 5_000);
        var isotonic = CalibratorFitter.Isotonic(Histogram(raw, gold));
        var platt = CalibratorFitter.Platt(Histogram(raw, gold));
        var random = new Random(7);
        foreach (var c in new[] { isotonic, platt, Calibrator.Identity })
        {
            foreach (var threshold in new[] { 0.05f, 0.225f, 0.5f, 0.975f, 1.01f })
            {
                var calibrated = c.Threshold(threshold);
                for (var i = 0; i < 2000; i++)
                {
                    // Half near the threshold, where rounding could otherwise flip a decision.
                    var p = i % 2 == 0 ? random.NextSingle() : Math.Clamp(threshold + ((random.NextSingle() - 0.5f) * 1e-5f), 0, 1);
                    Assert.Equal(p >= threshold, c.Reported(p, threshold) >= calibrated);
                }
            }
        }
    }

    [Fact]
    public void Given_labels_with_no_positive_When_calibrated_Then_probabilities_are_small_but_never_zero_and_the_map_stays_increasing()
    {
        var h = new ScoreHistogram();
        for (var i = 0; i < 1000; i++)
        {
            h.Add(i / 1000f, positive: false);
        }

        var platt = CalibratorFitter.Platt(h);

        Assert.True(platt.A > 0);
        Assert.InRange(platt.Apply(0.9f), 1e-9f, 0.01f);
        Assert.True(platt.Apply(0.9f) > platt.Apply(0.1f));
    }

    [Fact]
    public void Given_overconfident_genre_probabilities_When_a_temperature_is_fitted_Then_it_softens_them_and_keeps_every_ranking()
    {
        var random = new Random(8);
        var probabilities = new List<float[]>();
        var gold = new List<int>();
        for (var i = 0; i < 3000; i++)
        {
            // The model always puts 0.9 on its guess, which is right 60 % of the time.
            var guess = random.Next(3);
            var truth = random.NextSingle() < 0.6f ? guess : (guess + 1 + random.Next(2)) % 3;
            probabilities.Add([.. Enumerable.Range(0, 3).Select(c => c == guess ? 0.9f : 0.05f)]);
            gold.Add(truth);
        }

        var temperature = CalibratorFitter.Temperature(probabilities, gold);
        var calibration = HeadsCalibration.Identity(23, 14) with { GenreTemperature = temperature };
        var tempered = calibration.Genre([0.05f, 0.9f, 0.05f]);

        Assert.True(temperature > 1, $"temperature {temperature}");
        Assert.InRange(tempered[1], 0.55f, 0.65f);
        Assert.Equal(1, Array.IndexOf(tempered, tempered.Max()));
        Assert.Equal(1f, tempered.Sum(), 3);
    }
}
