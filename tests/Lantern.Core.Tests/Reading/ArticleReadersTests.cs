using Lantern.Errors;
using Lantern.Reading;

namespace Lantern.Core.Tests.Reading;

public sealed class ArticleReadersTests
{
    private const string Text = "Bridge closed for repairs\n\nThe old bridge closes on Friday.\n";
    private const string Html = "<html><head><title>Bridge closed</title></head><body><article><h1>Bridge closed</h1><p>It closes on Friday.</p></article></body></html>";

    [Theory]
    [InlineData("article123.txt", "semeval", "123")]
    [InlineData("notes.txt", "text", "notes")]
    [InlineData("README", "text", "README")]
    [InlineData("page.html", "html", "page")]
    [InlineData("page.HTM", "html", "page")]
    public void Given_a_file_name_When_read_Then_the_reader_is_chosen_by_it(string name, string format, string id)
    {
        using var dir = new TempDirectory();
        var path = dir.File(name, format == "html" ? Html : Text);

        var article = ArticleReaders.ReadFile(path);

        Assert.Equal(format, article.Format);
        Assert.Equal(id, article.Id);
    }

    [Fact]
    public void Given_a_format_option_When_read_Then_it_overrides_the_file_name()
    {
        using var dir = new TempDirectory();
        var path = dir.File("page.txt", Html);

        var article = ArticleReaders.ReadFile(path, new ReadOptions { Format = "HTML" });

        Assert.Equal("html", article.Format);
        Assert.Equal("Bridge closed\n\nIt closes on Friday.", article.Text);
    }

    [Fact]
    public void Given_an_unknown_format_When_read_Then_a_usage_error_lists_the_formats()
    {
        using var dir = new TempDirectory();
        var path = dir.File("a.txt", Text);

        var error = Assert.Throws<UsageException>(() => ArticleReaders.ReadFile(path, new ReadOptions { Format = "pdf" }));

        Assert.Equal(LanternErrors.UnknownValue("--format", "pdf", ArticleReaders.Formats).Message, error.Message);
    }

    [Fact]
    public void Given_a_JSONL_file_When_read_as_one_article_Then_the_user_is_told_to_use_the_JSONL_reader()
    {
        using var dir = new TempDirectory();
        var path = dir.File("batch.jsonl", "{\"text\":\"x\"}\n");

        var error = Assert.Throws<UsageException>(() => ArticleReaders.ReadFile(path));

        Assert.Equal(LanternErrors.ManyArticles(path).Message, error.Message);
    }

    [Fact]
    public void Given_a_missing_file_When_read_Then_it_is_not_found()
    {
        var error = Assert.Throws<InputRejectedException>(() => ArticleReaders.ReadFile("/no/such/file.txt"));

        Assert.Equal(LanternErrors.NotFound("/no/such/file.txt").Message, error.Message);
    }

    [Fact]
    public void Given_stdin_When_read_with_a_format_Then_that_reader_is_used()
    {
        using var stdin = new MemoryStream(System.Text.Encoding.UTF8.GetBytes(Html));

        var article = ArticleReaders.Read(stdin, "-", "html");

        Assert.Equal("stdin", article.Id);
        Assert.Equal("Bridge closed", article.TitleSpan!.Value.Of(article.Text));
    }

    [Fact]
    public void Given_stdin_without_a_format_When_read_Then_it_is_plain_text()
    {
        using var stdin = new MemoryStream(System.Text.Encoding.UTF8.GetBytes(Text));

        var article = ArticleReaders.Read(stdin, "-");

        Assert.Equal("text", article.Format);
        Assert.Equal(Text, article.Text);
    }
}
