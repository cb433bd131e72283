using System.Text;
using CsCheck;
using Lantern.Reading;
using Lantern.Segmentation;
using Lantern.Text;

namespace Lantern.Core.Tests.Reading;

public sealed class SemEvalArticleReaderTests
{
    private const string Sample = "Council votes on the new bridge\n\nThe council met on Tuesday.\nIt voted nine to two.\n\nWork starts in May.\n";

    [Fact]
    public void Given_a_SemEval_article_file_When_read_Then_id_language_title_and_lines_follow_the_corpus_conventions()
    {
        using var dir = new TempDirectory();
        var path = dir.File(Path.Combine("ge", "train-articles-subtask-3", "article12345.txt"), Sample);

        var article = SemEvalArticleReader.ReadFile(path);

        Assert.Equal("12345", article.Id);
        Assert.Equal("semeval", article.Format);
        Assert.Equal("de", article.Language);
        Assert.Equal(Sample, article.Text);
        Assert.Equal("Council votes on the new bridge", article.TitleSpan!.Value.Of(article.Text));
        Assert.Equal("\nThe council met on Tuesday.\nIt voted nine to two.\n\nWork starts in May.\n", article.BodySpan!.Value.Of(article.Text));
        var paragraphs = LineParagraphs.Split(article.Text);
        Assert.Equal([1, 3, 4, 6], paragraphs.Select(p => p.Line));
        Assert.Equal("It voted nine to two.", paragraphs[2].Span.Of(article.Text));
    }

    [Theory]
    [InlineData("en", "en")]
    [InlineData("fr", "fr")]
    [InlineData("ge", "de")]
    [InlineData("it", "it")]
    [InlineData("po", "pl")]
    [InlineData("ru", "ru")]
    public void Given_a_language_folder_When_read_Then_the_language_is_normalised(string folder, string expected)
    {
        using var dir = new TempDirectory();
        var path = dir.File(Path.Combine(folder, "article1.txt"), Sample);

        Assert.Equal(expected, SemEvalArticleReader.ReadFile(path).Language);
    }

    [Fact]
    public void Given_a_folder_that_is_no_SemEval_language_When_read_Then_the_language_is_unknown()
    {
        using var dir = new TempDirectory();
        var path = dir.File(Path.Combine("articles", "misc", "article77.txt"), Sample);

        Assert.Null(SemEvalArticleReader.ReadFile(path).Language);
    }

    [Fact]
    public void Given_SemEval_articles_When_written_then_read_Then_text_title_and_line_numbers_round_trip()
    {
        var line = Gen.Char["abcdefghij KLMNOP,.;'é€\u00A0\t"].Array[1, 40]
            .Select(chars => new string(chars))
            .Where(s => !string.IsNullOrWhiteSpace(s));
        var gen = Gen.Select(line, line.List[0, 8], Gen.Int[1, 999_999]);

        gen.Sample((title, body, id) =>
        {
            using var dir = new TempDirectory();
            var text = title + "\n\n" + string.Join('\n', body) + "\n";
            var path = dir.Bytes(Path.Combine("it", $"article{id}.txt"), Encoding.UTF8.GetBytes(text));

            var article = SemEvalArticleReader.ReadFile(path);

            Assert.Equal(text, article.Text);
            Assert.Equal(id.ToString(System.Globalization.CultureInfo.InvariantCulture), article.Id);
            Assert.Equal(title.Trim(), article.Title);
            var paragraphs = LineParagraphs.Split(article.Text);
            Assert.Equal([1, .. Enumerable.Range(0, body.Count).Select(i => i + 3)], paragraphs.Select(p => p.Line));
            Assert.Equal([title.Trim(), .. body.Select(b => b.Trim())], paragraphs.Select(p => p.Span.Of(article.Text)));
        }, iter: 100);
    }
}
