namespace Lantern.Models.Internal;

/// <summary>
/// The calibrators of one set of heads (one per label: paragraph techniques, frames, span techniques on word
/// pieces) and the genre temperature, all fitted on out-of-fold scores of the training articles; plus the
/// raw-score thresholds of the high-precision and high-recall presets (balanced = the heads' own thresholds).
/// </summary>
internal sealed record HeadsCalibration(
    Calibrator[] Paragraph,
    Calibrator[] Frames,
    Calibrator[] Spans,
    float GenreTemperature,
    PresetThresholds? HighPrecision,
    PresetThresholds? HighRecall)
{
    /// <summary>Heads of format 4 and older: scores reported as they come, no presets.</summary>
    public static HeadsCalibration Identity(int techniques, int frames) =>
        new([.. Enumerable.Repeat(Calibrator.Identity, techniques)], [.. Enumerable.Repeat(Calibrator.Identity, frames)], [.. Enumerable.Repeat(Calibrator.Identity, techniques)], 1, null, null);

    public bool Calibrated => Paragraph.Any(c => c.Kind != CalibratorKind.Identity);

    /// <summary>Genre probabilities (already decision-adjusted) tempered: the ranking, hence the chosen genre, is unchanged.</summary>
    public float[] Genre(float[] adjusted)
    {
        var logits = adjusted.Select(p => Math.Log(Math.Max(p, 1e-12)) / GenreTemperature).ToArray();
        var max = logits.Max();
        var e = logits.Select(l => Math.Exp(l - max)).ToArray();
        var total = e.Sum();
        return [.. e.Select(v => (float)(v / total))];
    }
}
