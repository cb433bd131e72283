namespace Lantern.Models.Internal;

/// <summary>The <c>Calibration</c> section of <c>heads.json</c> (format 5): calibrators per label and preset thresholds.</summary>
internal sealed class CalibrationDocument
{
    public float GenreTemperature { get; set; } = 1;

    public CalibratorDocument[] Paragraph { get; set; } = [];

    public CalibratorDocument[] Frames { get; set; } = [];

    public CalibratorDocument[] Spans { get; set; } = [];

    /// <summary>Raw-score thresholds by preset name (<c>high-precision</c>, <c>high-recall</c>).</summary>
    public SortedDictionary<string, PresetDocument> Presets { get; set; } = new(StringComparer.Ordinal);

    public static CalibrationDocument From(HeadsCalibration c)
    {
        var document = new CalibrationDocument
        {
            GenreTemperature = c.GenreTemperature,
            Paragraph = [.. c.Paragraph.Select(CalibratorDocument.From)],
            Frames = [.. c.Frames.Select(CalibratorDocument.From)],
            Spans = [.. c.Spans.Select(CalibratorDocument.From)],
        };
        if (c.HighPrecision is { } hp)
        {
            document.Presets["high-precision"] = PresetDocument.From(hp);
        }

        if (c.HighRecall is { } hr)
        {
            document.Presets["high-recall"] = PresetDocument.From(hr);
        }

        return document;
    }

    /// <summary>The calibration, or an <see cref="InvalidDataException"/> saying what does not fit this version of Lantern.</summary>
    public HeadsCalibration ToCalibration(int techniques, int frames)
    {
        if (Paragraph.Length != techniques || Spans.Length != techniques || Frames.Length != frames)
        {
            throw new InvalidDataException("calibrators do not match the label sets");
        }

        if (!float.IsFinite(GenreTemperature) || GenreTemperature <= 0)
        {
            throw new InvalidDataException("genre temperature must be positive");
        }

        PresetThresholds? Preset(string name) => Presets.TryGetValue(name, out var p) ? p.ToThresholds(techniques, frames, name) : null;
        return new HeadsCalibration(
            [.. Paragraph.Select(c => c.ToCalibrator())],
            [.. Frames.Select(c => c.ToCalibrator())],
            [.. Spans.Select(c => c.ToCalibrator())],
            GenreTemperature,
            Preset("high-precision"),
            Preset("high-recall"));
    }
}
