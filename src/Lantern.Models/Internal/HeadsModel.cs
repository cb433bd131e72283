namespace Lantern.Models.Internal;

/// <summary>Everything a trained set of heads consists of; written to and read from a model folder by <see cref="ModelFiles"/>.</summary>
internal sealed record HeadsModel(
    LinearModel Tagger,
    LinearModel Paragraph,
    LinearModel Genre,
    LinearModel Frames,
    float[] SpanThresholds,
    float[] ParagraphThresholds,
    float[] FrameThresholds,
    IReadOnlyDictionary<string, string> Settings);
