using CsCheck;
using Lantern.Reading;
using Lantern.Segmentation;

namespace Lantern.Core.Tests.Reading;

/// <summary>Invariants of every reader's output: spans inside the text, paragraphs in order without overlap.</summary>
public sealed class ReadingPropertyTests
{
    private static readonly Gen<string> AnyText = Gen.Char["ab c\n\r\t\u00A0\u2028é😀<>&;/p"].Array[1, 120]
        .Select(chars => new string(chars))
        .Where(t => !string.IsNullOrWhiteSpace(t) && !char.IsLowSurrogate(t[0]));

    [Fact]
    public void Given_any_text_When_read_as_plain_text_Then_title_body_and_paragraphs_lie_inside_in_order_without_overlap()
    {
        AnyText.Sample(text =>
        {
            var article = PlainTextReader.FromText(text, "p");

            Assert.Equal(text, article.Text);
            AssertInvariants(article);
        }, iter: 500);
    }

    [Fact]
    public void Given_any_markup_like_text_When_read_as_HTML_Then_title_body_and_paragraphs_lie_inside_in_order_without_overlap()
    {
        var tag = Gen.OneOf("<p>", "</p>", "<div>", "</div>", "<h1>", "</h1>", "<br>", "<b>", "</b>", "<script>", "</script>", "<article>", "<li>", "&amp;", "&nbsp;", "word ", "Other words. ", "\n", "😀");
        var html = tag.Array[1, 40].Select(parts => string.Concat(parts));

        html.Sample(source =>
        {
            Articles.Article article;
            try
            {
                article = HtmlArticleReader.FromHtml(source, "h");
            }
            catch (Errors.InputRejectedException)
            {
                // Markup with no text at all is refused; that is the only allowed failure.
                return;
            }

            AssertInvariants(article);
            Assert.DoesNotContain("<script>", article.Text, StringComparison.Ordinal);
        }, iter: 500);
    }

    private static void AssertInvariants(Articles.Article article)
    {
        var text = article.Text;
        Assert.True(article.Body.End <= text.Length);
        if (article.TitleSpan is { } title)
        {
            Assert.True(title.End <= text.Length);
            Assert.True(title.End <= article.Body.Start);
            Assert.False(title.IsEmpty);
            Assert.NotNull(article.Title);
        }

        var paragraphs = LineParagraphs.Split(text);
        for (var i = 0; i < paragraphs.Count; i++)
        {
            var span = paragraphs[i].Span;
            Assert.Equal(i, paragraphs[i].Index);
            Assert.True(span.End <= text.Length && !span.IsEmpty);
            Assert.False(string.IsNullOrWhiteSpace(span.Of(text)));
            if (i > 0)
            {
                Assert.True(paragraphs[i - 1].Span.End < span.Start, "paragraphs overlap or are out of order");
                Assert.True(paragraphs[i - 1].Line < paragraphs[i].Line);
            }
        }
    }
}
