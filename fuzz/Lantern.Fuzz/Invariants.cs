using Lantern.Articles;
using Lantern.Segmentation;
using Lantern.Text;

namespace Lantern.Fuzz;

/// <summary>What every article a reader returns must satisfy, checked on the reader's output and on its segmentation.</summary>
public static class Invariants
{
    public static void Check(Article article)
    {
        ArgumentNullException.ThrowIfNull(article);
        var text = article.Text ?? throw new FuzzFindingException("article text is null");
        Require(!string.IsNullOrWhiteSpace(article.Id), "article id is blank");
        Inside(article.Body, text, "body");
        if (article.TitleSpan is { } title)
        {
            Inside(title, text, "title");
            Require(title.End <= article.Body.Start, $"title {title} runs into the body {article.Body}");
        }

        var document = DocumentSegmenter.Default.Segment(article);
        for (var i = 0; i < document.Paragraphs.Count; i++)
        {
            var p = document.Paragraphs[i];
            Inside(p.Span, text, "paragraph");
            Require(p.Index == i, $"paragraph {i} has index {p.Index}");
            Require(i == 0 || document.Paragraphs[i - 1].Span.End <= p.Span.Start, $"paragraph {i} {p.Span} overlaps the one before");
        }

        for (var i = 0; i < document.Sentences.Count; i++)
        {
            var s = document.Sentences[i];
            Inside(s.Span, text, "sentence");
            Require(s.ParagraphIndex >= 0 && s.ParagraphIndex < document.Paragraphs.Count, $"sentence {i} names paragraph {s.ParagraphIndex}");
            Require(document.Paragraphs[s.ParagraphIndex].Span.Contains(s.Span), $"sentence {i} {s.Span} leaves its paragraph");
        }

        foreach (var structure in document.Structure)
        {
            Inside(structure.Span, text, structure.Kind.ToString());
        }
    }

    public static void Require(bool condition, string what)
    {
        if (!condition)
        {
            throw new FuzzFindingException(what);
        }
    }

    private static void Inside(TextSpan span, string text, string what) =>
        Require(span.Start >= 0 && span.End <= text.Length && span.Of(text).Length == span.Length, $"{what} span {span} lies outside a text of {text.Length} chars");
}
