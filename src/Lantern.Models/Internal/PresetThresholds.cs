namespace Lantern.Models.Internal;

/// <summary>Raw-score decision thresholds of one preset, per paragraph technique, frame and span technique (above 1: off).</summary>
internal sealed record PresetThresholds(float[] Paragraph, float[] Frames, float[] Spans);
