using Lantern.Text;

namespace Lantern.Models.Internal;

/// <summary>Raw head outputs for one article, before thresholds are applied.</summary>
internal sealed record ArticleOutput(
    float[] Genres,
    float[] Frames,
    float[][] ParagraphTechniques,
    IReadOnlyList<(int Technique, TextSpan Span, float Score)> Spans);
