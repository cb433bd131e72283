using System.Text;
using CsCheck;
using Lantern.Articles;
using Lantern.Reading;
using Lantern.Segmentation;

namespace Lantern.Tests.Segmentation;

/// <summary>
/// Invariants of a segmented article as each reader delivers it (plain text, SemEval bytes with BOM and CRLF, HTML,
/// JSON Lines): every paragraph, sentence and structure span lies inside the text and reads back with
/// <c>span.Of(text)</c>; paragraphs are in order without overlap and cover every visible character of the body.
/// </summary>
public sealed class ArticleDocumentPropertyTests
{
    private static readonly Gen<string> Lines = Gen.OneOf(
        Gen.OneOf(
            "OPINION", "By Jane Doe", "“We will win,” said Maria Lopez.", "According to John Roe, it failed.", "« Oui », a déclaré Jean Dupont.",
            "The council met on Tuesday. It voted 5 to 4!", "He recited بسم الله here.", "Emoji 😀 and 𝔸 letters.", "— Jane Doe is a professor.", "", "   "),
        Gen.String[Gen.Char["aB .,!?\"“”«»عλж:—"], 0, 50]);

    private static readonly Gen<(string Title, string[] Body)> Articles =
        Gen.Select(Gen.OneOf("Council vote splits town", "Ein Titel über 😀", "Short"), Lines.Array[1, 10], (title, body) => (title, body));

    [Fact]
    public void Given_any_article_from_any_reader_When_segmented_Then_every_span_reads_back_and_paragraphs_cover_the_body_in_order()
    {
        Gen.Select(Articles, Gen.Int[0, 3]).Sample((a, format) =>
        {
            var article = Read(a.Title, a.Body, format);
            if (article is null)
            {
                return;
            }

            var text = article.Text;
            var document = DocumentSegmenter.Default.Segment(article);
            var ps = document.Paragraphs;
            for (var i = 0; i < ps.Count; i++)
            {
                Assert.Equal(ps[i].Span.Length, ps[i].Span.Of(text).Length);
                Assert.True(i == 0 || ps[i - 1].Span.End <= ps[i].Span.Start, $"paragraph {i} overlaps or is out of order");
            }

            Assert.All(document.Sentences, s => Assert.Equal(text.Substring(s.Span.Start, s.Span.Length), s.Span.Of(text)));
            Assert.All(document.Sentences, s => Assert.True(ps[s.ParagraphIndex].Span.Contains(s.Span)));
            Assert.All(document.Structure, s => Assert.Equal(text.Substring(s.Span.Start, s.Span.Length), s.Span.Of(text)));

            var body = article.Body;
            for (var i = body.Start; i < body.End; i++)
            {
                Assert.True(char.IsWhiteSpace(text[i]) || ps.Any(p => p.Span.Contains(i)), $"char {i} '{text[i]}' of the body is in no paragraph ({FormatName(format)})");
            }
        }, iter: 250);
    }

    private static string FormatName(int format) => format switch { 0 => "text", 1 => "semeval", 2 => "html", _ => "jsonl" };

    private static Article? Read(string title, string[] body, int format)
    {
        try
        {
            return format switch
            {
                0 => PlainTextReader.FromText($"{title}\n\n{string.Join('\n', body)}", "p"),
                // a SemEval file as it may come: a BOM and Windows line ends
                1 => SemEvalArticleReader.Read(new MemoryStream([0xEF, 0xBB, 0xBF, .. Encoding.UTF8.GetBytes($"{title}\r\n\r\n{string.Join("\r\n", body)}")]), "article7.txt"),
                2 => HtmlArticleReader.FromHtml($"<html><head><title>{title}</title></head><body><article><h1>{title}</h1>{string.Concat(body.Select(l => $"<p>{System.Net.WebUtility.HtmlEncode(l)}</p>"))}</article></body></html>", "h"),
                _ => JsonlArticleReader.ParseLine(System.Text.Json.JsonSerializer.Serialize(new { title, text = $"{title}\n\n{string.Join('\n', body)}" }), "j.jsonl", 1),
            };
        }
        catch (Errors.InputRejectedException)
        {
            // only an article with no text at all is refused (all lines blank)
            Assert.All(body, l => Assert.True(string.IsNullOrWhiteSpace(l) || format == 2));
            return null;
        }
    }
}
