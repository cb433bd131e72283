using Lantern.Articles;
using Lantern.Documents;

namespace Lantern.Structure;

/// <summary>What a structure detector sees: the article and its paragraphs and sentences.</summary>
public sealed record StructureContext(Article Article, IReadOnlyList<Paragraph> Paragraphs, IReadOnlyList<Sentence> Sentences)
{
    public string Text => Article.Text;

    public string TextOf(Paragraph paragraph) => paragraph.Span.Of(Article.Text);
}
