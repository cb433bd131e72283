using Lantern.Articles;
using Lantern.Documents;

namespace Lantern.Segmentation;

/// <summary>
/// Paragraph = non-empty line of the whole text, title line included, numbered as SemEval label
/// files number lines (see <see cref="LineParagraphs"/>).
/// </summary>
public sealed class LineParagraphSplitter : IParagraphSplitter
{
    public static LineParagraphSplitter Instance { get; } = new();

    public IReadOnlyList<Paragraph> Split(Article article) => LineParagraphs.Split(article.Text);
}
