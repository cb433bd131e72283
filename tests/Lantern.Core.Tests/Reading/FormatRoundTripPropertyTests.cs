using System.Text;
using System.Text.Json;
using CsCheck;
using Lantern.Reading;
using Lantern.SemEval;
using Lantern.Taxonomy;

namespace Lantern.Core.Tests.Reading;

/// <summary>Write-then-read round trips of the file formats: SemEval label files and JSON Lines articles.</summary>
public sealed class FormatRoundTripPropertyTests
{
    private static readonly Gen<string> Ids = Gen.Int[1, 999_999_999].Select(i => i.ToString(System.Globalization.CultureInfo.InvariantCulture));
    private static readonly Gen<string> Techniques = Gen.OneOf([.. Labels.TechniqueLabels]);
    private static readonly Gen<string> Frames = Gen.OneOf([.. Labels.Frames]);
    private static readonly Gen<string> Genres = Gen.OneOf([.. Labels.Genres]);

    // Field text with what JSON must escape: quotes, backslashes, control characters, line ends, astral characters.
    private static readonly Gen<string> FieldText = Gen.OneOf("word", " ", "\"", "\\", "\n", "\r\n", "\t", "\u0001", "é", "😀", "</script>", "’", "Ünïcode")
        .Array[1, 20].Select(p => string.Concat(p));

    [Fact]
    public void Given_any_label_rows_When_written_and_read_back_Then_every_file_kind_gives_the_same_rows()
    {
        var genres = Gen.Select(Ids, Genres, (id, g) => new GenreLabel(id, g)).Array[0, 10];
        var frames = Gen.Select(Ids, Frames.Array[0, 4], (id, f) => new FrameLabels(id, [.. f.Distinct()])).Array[0, 10];
        var paragraphs = Gen.Select(Ids, Gen.Int[1, 200], Techniques.Array[0, 5], (id, line, t) => new ParagraphLabels(id, line, [.. t])).Array[0, 10];
        var spans = Gen.Select(Ids, Techniques, Gen.Int[0, 5000], Gen.Int[0, 300], (id, t, start, length) => new SpanLabel(id, t, start, start + length)).Array[0, 10];

        Gen.Select(genres, frames, paragraphs, spans).Sample((g, f, p, s) =>
        {
            Assert.Equal(g, SemEvalFiles.ReadGenres(Written(w => SemEvalFiles.WriteGenres(w, g)), "g"));
            Assert.Equal(s, SemEvalFiles.ReadSpans(Written(w => SemEvalFiles.WriteSpans(w, s)), "s"));

            var readFrames = SemEvalFiles.ReadFrames(Written(w => SemEvalFiles.WriteFrames(w, f)), "f");
            Assert.Equal(f.Select(r => (r.ArticleId, string.Join('|', r.Frames))), readFrames.Select(r => (r.ArticleId, string.Join('|', r.Frames))));

            var readParagraphs = SemEvalFiles.ReadParagraphs(Written(w => SemEvalFiles.WriteParagraphs(w, p)), "p");
            Assert.Equal(p.Select(r => (r.ArticleId, r.Line, string.Join('|', r.Techniques))), readParagraphs.Select(r => (r.ArticleId, r.Line, string.Join('|', r.Techniques))));
        }, iter: 200);
    }

    [Fact]
    public void Given_any_article_fields_When_written_as_a_JSON_line_and_read_Then_the_article_has_the_same_fields_and_a_title_span_on_its_title()
    {
        var fields = Gen.Select(Ids, FieldText, FieldText, Gen.Bool, (id, title, body, titleInText) => (Id: id, Title: title.Trim(), Body: body, TitleInText: titleInText));
        fields.Where(f => f.Title.Length > 0 && !f.Title.Contains('\n', StringComparison.Ordinal) && !string.IsNullOrWhiteSpace(f.Body)).Sample(f =>
        {
            var text = f.TitleInText ? $"{f.Title}\n\n{f.Body}" : f.Body;
            var line = JsonSerializer.Serialize(new { id = f.Id, title = f.Title, text, url = "https://example.org/a", lang = "en" });

            var result = Assert.Single(JsonlArticleReader.Read(new MemoryStream(Encoding.UTF8.GetBytes(line + "\n")), "rt.jsonl"));

            var article = result.Article!;
            Assert.Equal(f.Id, article.Id);
            Assert.Equal(text, article.Text);
            Assert.Equal(string.IsNullOrWhiteSpace(f.Title) ? null : f.Title, article.Title);
            Assert.Equal("https://example.org/a", article.Url);
            if (article.TitleSpan is { } span)
            {
                Assert.Equal(f.Title, span.Of(article.Text));
                Assert.True(article.Body.Start >= span.End && article.Body.End <= text.Length);
            }
        }, iter: 300);
    }

    private static StringReader Written(Action<TextWriter> write)
    {
        using var writer = new StringWriter();
        write(writer);
        return new StringReader(writer.ToString());
    }
}
