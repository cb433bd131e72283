using Lantern.Articles;
using Lantern.Documents;

namespace Lantern.Segmentation;

/// <summary>Splits an article into paragraphs (in order, without overlap). Implementations are thread-safe.</summary>
public interface IParagraphSplitter
{
    IReadOnlyList<Paragraph> Split(Article article);
}
