namespace Lantern.Models;

/// <summary>
/// What the trained heads say about one article: every genre and frame with its score, the techniques
/// of each paragraph (index aligned with <c>ArticleDocument.Paragraphs</c>), and technique spans.
/// </summary>
public sealed record HeadPredictions(
    string ModelVersion,
    IReadOnlyList<LabelScore> Genres,
    IReadOnlyList<LabelScore> Frames,
    IReadOnlyList<IReadOnlyList<LabelScore>> ParagraphTechniques,
    IReadOnlyList<SpanPrediction> Spans);
