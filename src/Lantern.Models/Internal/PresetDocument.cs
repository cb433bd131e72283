namespace Lantern.Models.Internal;

/// <summary>One preset's raw-score thresholds in <c>heads.json</c>.</summary>
internal sealed class PresetDocument
{
    public float[] Paragraph { get; set; } = [];

    public float[] Frames { get; set; } = [];

    public float[] Spans { get; set; } = [];

    public static PresetDocument From(PresetThresholds p) => new() { Paragraph = p.Paragraph, Frames = p.Frames, Spans = p.Spans };

    public PresetThresholds ToThresholds(int techniques, int frames, string name)
    {
        if (Paragraph.Length != techniques || Spans.Length != techniques || Frames.Length != frames || Paragraph.Concat(Frames).Concat(Spans).Any(t => !float.IsFinite(t)))
        {
            throw new InvalidDataException($"preset '{name}' does not match the label sets");
        }

        return new PresetThresholds(Paragraph, Frames, Spans);
    }
}
