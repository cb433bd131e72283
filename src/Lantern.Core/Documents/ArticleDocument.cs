using Lantern.Articles;
using Lantern.Languages;

namespace Lantern.Documents;

/// <summary>An article with its segmentation, structure and languages. Immutable.</summary>
public sealed record ArticleDocument(
    Article Article,
    IReadOnlyList<Paragraph> Paragraphs,
    IReadOnlyList<Sentence> Sentences,
    IReadOnlyList<StructureSpan> Structure,
    LanguageGuess Language,
    IReadOnlyList<LanguageGuess> ParagraphLanguages)
{
    public string Text => Article.Text;
}
