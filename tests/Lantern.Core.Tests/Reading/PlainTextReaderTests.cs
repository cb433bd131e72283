using Lantern.Articles;
using Lantern.Reading;
using Lantern.Text;

namespace Lantern.Core.Tests.Reading;

public sealed class PlainTextReaderTests
{
    [Fact]
    public void Given_a_text_file_When_read_Then_the_title_is_the_first_non_blank_line_and_the_body_the_rest()
    {
        using var dir = new TempDirectory();
        const string text = "\n  \n  The harbour reopens  \n\nBoats returned on Monday.\nThe mayor spoke.\n";
        var path = dir.File("harbour-news.txt", text);

        var article = PlainTextReader.ReadFile(path);

        Assert.Equal(text, article.Text);
        Assert.Equal("harbour-news", article.Id);
        Assert.Equal("text", article.Format);
        Assert.Equal("The harbour reopens", article.Title);
        Assert.Equal(new TextSpan(6, 19), article.TitleSpan);
        Assert.Equal("The harbour reopens", article.TitleSpan!.Value.Of(text));
        Assert.Equal("\nBoats returned on Monday.\nThe mayor spoke.\n", article.BodySpan!.Value.Of(text));
        Assert.Empty(article.Warnings);
    }

    [Fact]
    public void Given_an_id_When_read_Then_it_replaces_the_file_name()
    {
        using var dir = new TempDirectory();
        var path = dir.File("whatever.txt", "Title\n\nBody.");

        Assert.Equal("custom-7", PlainTextReader.ReadFile(path, id: "custom-7").Id);
    }

    [Fact]
    public void Given_a_single_line_When_read_Then_the_body_is_empty_at_the_end()
    {
        var article = PlainTextReader.FromText("Only a title", "t");

        Assert.Equal("Only a title", article.Title);
        Assert.Equal(new TextSpan(12, 0), article.BodySpan);
    }

    [Fact]
    public void Given_CRLF_lines_When_read_Then_the_body_starts_after_the_whole_line_end()
    {
        var article = PlainTextReader.FromText("Title\r\nBody line", "t");

        Assert.Equal("Body line", article.Body.Of(article.Text));
    }

    [Fact]
    public void Given_a_stream_named_dash_When_read_Then_the_id_is_stdin()
    {
        var article = PlainTextReader.Read(new MemoryStream("Headline\n\nText."u8.ToArray()), "-");

        Assert.Equal("stdin", article.Id);
        Assert.Equal("Headline", article.Title);
    }
}
