using Lantern.Articles;
using Lantern.Documents;

namespace Lantern.Segmentation;

/// <summary>Turns an article into an <see cref="ArticleDocument"/>: paragraphs, sentences, structure, languages. Thread-safe.</summary>
public sealed class DocumentSegmenter
{
    public static DocumentSegmenter Default { get; } = new();

    public ArticleDocument Segment(Article article, CancellationToken cancellationToken = default) =>
        throw new NotImplementedException("owned by the segmentation work");
}
