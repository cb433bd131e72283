using System.Text;
using Lantern.Errors;
using Lantern.Reading;
using Lantern.Text;

namespace Lantern.Core.Tests.Reading;

public sealed class JsonlArticleReaderTests
{
    private const string ThreeLines =
        "{\"id\":\"a1\",\"title\":\"Rain returns\",\"text\":\"Rain returns\\n\\nIt rained all day.\",\"source\":\"Daily\",\"url\":\"https://d.example/1\",\"published\":\"2024-05-01T06:00:00Z\",\"lang\":\"ge\",\"author\":\"Eva Holm\"}\n"
        + "{\"title\": \"broken\", \"text\": \"no closing brace\"\n"
        + "{\"text\":\"Second good article.\",\"lang\":\"po\",\"author\":[\"A One\",\"B Two\"]}\r\n";

    private static MemoryStream Stream(string text) => new(Encoding.UTF8.GetBytes(text));

    [Fact]
    public void Given_JSONL_with_a_broken_line_When_read_continuing_Then_every_line_gives_a_result_and_the_error_has_its_line_number()
    {
        var results = JsonlArticleReader.Read(Stream(ThreeLines), "batch.jsonl").ToList();

        Assert.Equal([1L, 2L, 3L], results.Select(r => r.Line));
        Assert.False(results[0].IsError);
        Assert.True(results[1].IsError);
        Assert.StartsWith("batch.jsonl:2: not valid JSON", results[1].Error!.Message, StringComparison.Ordinal);
        Assert.Equal("Second good article.", results[2].Article!.Text);
    }

    [Fact]
    public void Given_JSONL_with_a_broken_line_When_read_stopping_at_errors_Then_the_first_error_is_thrown_after_the_good_lines()
    {
        var read = new List<string>();

        var error = Assert.Throws<InputRejectedException>(() =>
        {
            foreach (var article in JsonlArticleReader.ReadArticles(Stream(ThreeLines), "batch.jsonl"))
            {
                read.Add(article.Id);
            }
        });

        Assert.Equal(["a1"], read);
        Assert.StartsWith("batch.jsonl:2:", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Given_a_full_line_When_read_Then_every_field_is_taken_and_the_language_normalised()
    {
        var article = JsonlArticleReader.Read(Stream(ThreeLines), "batch.jsonl").First().Article!;

        Assert.Equal("a1", article.Id);
        Assert.Equal("Rain returns\n\nIt rained all day.", article.Text);
        Assert.Equal("Rain returns", article.Title);
        Assert.Equal(new TextSpan(0, 12), article.TitleSpan);
        Assert.Equal("\nIt rained all day.", article.BodySpan!.Value.Of(article.Text));
        Assert.Equal("Daily", article.Source);
        Assert.Equal("https://d.example/1", article.Url);
        Assert.Equal(new DateTimeOffset(2024, 5, 1, 6, 0, 0, TimeSpan.Zero), article.Published);
        Assert.Equal("de", article.Language);
        Assert.Equal("Eva Holm", article.Author);
        Assert.Equal("jsonl", article.Format);
    }

    [Fact]
    public void Given_a_line_without_id_When_read_Then_the_id_comes_from_the_name_and_line_number()
    {
        var article = JsonlArticleReader.Read(Stream(ThreeLines), "batch.jsonl").Last().Article!;

        Assert.Equal("batch-3", article.Id);
        Assert.Equal("pl", article.Language);
        Assert.Equal("A One, B Two", article.Author);
        Assert.Null(article.TitleSpan);
    }

    [Theory]
    [InlineData("{\"title\":\"t\"}", "field 'text' is missing")]
    [InlineData("{\"text\":\"   \"}", "field 'text' is empty")]
    [InlineData("{\"text\":42}", "field 'text' must be a string, not number")]
    [InlineData("{\"text\":\"x\",\"published\":\"last Tuesday\"}", "field 'published' 'last Tuesday' is not an ISO-8601 date")]
    [InlineData("[1,2]", "expected a JSON object, found array")]
    public void Given_a_bad_line_When_read_Then_the_error_says_why(string line, string why)
    {
        var result = Assert.Single(JsonlArticleReader.Read(Stream("\n" + line + "\n"), "in.jsonl"));

        Assert.Equal(LanternErrors.MalformedLine("in.jsonl", 2, why).Message, result.Error!.Message);
    }

    [Fact]
    public void Given_blank_lines_When_read_Then_they_are_skipped_and_line_numbers_still_count_them()
    {
        var results = JsonlArticleReader.Read(Stream("\n  \n{\"text\":\"x\"}\n\n"), "in.jsonl").ToList();

        Assert.Equal(3, Assert.Single(results).Line);
    }

    [Fact]
    public void Given_invalid_UTF8_on_a_line_When_read_Then_that_line_fails_with_the_byte_offset_and_the_next_is_read()
    {
        byte[] bytes = [.. "{\"text\":\"ok\"}\n{\"text\":\"b"u8, 0xC3, 0x28, .. "\"}\n{\"text\":\"fine\"}\n"u8];

        var results = JsonlArticleReader.Read(new MemoryStream(bytes), "u.jsonl").ToList();

        Assert.Equal(LanternErrors.MalformedLine("u.jsonl", 2, "invalid UTF-8 at byte 10 of the line (use --lenient to read with replacement characters)").Message, results[1].Error!.Message);
        Assert.Equal("fine", results[2].Article!.Text);

        var lenient = JsonlArticleReader.Read(new MemoryStream(bytes), "u.jsonl", new ReadOptions { Lenient = true }).ToList();
        Assert.Equal("b\uFFFD(", lenient[1].Article!.Text);
        Assert.Single(lenient[1].Article!.Warnings);
    }

    [Fact]
    public void Given_a_line_larger_than_the_limit_When_read_Then_only_that_line_is_refused_and_reading_goes_on()
    {
        using var dir = new TempDirectory();
        var path = dir.File("huge.jsonl");
        const long limit = 1 << 20;
        using (var file = new StreamWriter(path, false, new UTF8Encoding(false)))
        {
            file.Write("{\"text\":\"first\"}\n{\"text\":\"");
            var block = new string('x', 64 * 1024);
            for (var i = 0; i < 80; i++)
            {
                file.Write(block);
            }

            file.Write("\"}\n{\"text\":\"third\"}");
        }

        var results = JsonlArticleReader.ReadFile(path, new ReadOptions { MaxBytes = limit }).ToList();

        Assert.Equal(["first", null, "third"], results.Select(r => r.Article?.Text));
        Assert.Equal(LanternErrors.LineTooLarge(path, 2, limit).Message, results[1].Error!.Message);
    }

    [Theory]
    [InlineData("")]
    [InlineData("\n \n\r\n")]
    public void Given_an_input_without_any_non_blank_line_When_read_Then_it_is_refused_as_empty(string text)
    {
        var error = Assert.Throws<InputRejectedException>(() => JsonlArticleReader.Read(Stream(text), "in.jsonl").ToList());

        Assert.Equal(LanternErrors.EmptyInput("in.jsonl").Message, error.Message);
    }

    [Fact]
    public void Given_a_missing_file_When_read_Then_it_is_not_found()
    {
        var error = Assert.Throws<InputRejectedException>(() => JsonlArticleReader.ReadFile("/no/such/dir/x.jsonl"));

        Assert.Equal(LanternErrors.NotFound("/no/such/dir/x.jsonl").Message, error.Message);
    }

    [Fact]
    public void Given_a_huge_stream_When_only_the_first_result_is_taken_Then_only_the_first_chunk_is_read()
    {
        var huge = new CountingStream(10L * 1024 * 1024 * 1024, (byte)'x', "{\"text\":\"first\"}\n"u8.ToArray());

        var first = JsonlArticleReader.Read(huge, "huge.jsonl").First();

        Assert.Equal("first", first.Article!.Text);
        Assert.InRange(huge.BytesRead, 1, 1 << 17);
    }

    [Fact]
    public void Given_a_50MB_line_from_a_pipe_When_read_Then_it_is_streamed_through_and_refused_by_line()
    {
        const long limit = 1 << 20;
        var pipe = new CountingStream(50L * 1024 * 1024, (byte)'x', "{\"text\":\"first\"}\n"u8.ToArray());

        var results = JsonlArticleReader.Read(pipe, "-", new ReadOptions { MaxBytes = limit }).ToList();

        Assert.Equal(2, results.Count);
        Assert.Equal("first", results[0].Article!.Text);
        Assert.Equal(LanternErrors.LineTooLarge("-", 2, limit).Message, results[1].Error!.Message);
        Assert.Equal(50L * 1024 * 1024, pipe.BytesRead);
    }

    // Found by fuzzing (fuzz/findings/jsonl/lone-*): System.Text.Json accepts a \u escape of a lone surrogate when it
    // parses, then throws InvalidOperationException when the string is read, which escaped the reader as a crash.
    [Theory]
    [InlineData("{\"text\":\"Lone \\ud800 surrogate escape.\"}")]
    [InlineData("{\"text\":\"Lone low \\ude00 surrogate.\",\"title\":\"x\"}")]
    [InlineData("{\"te\\udc00xt\":\"escaped name with a lone surrogate\"}")]
    public void Given_a_line_with_a_lone_surrogate_escape_When_read_Then_that_line_is_an_error_and_the_next_is_read(string line)
    {
        var results = JsonlArticleReader.Read(Stream(line + "\n{\"text\":\"Next line.\"}\n"), "s.jsonl").ToList();

        Assert.Equal(2, results.Count);
        Assert.Equal("s.jsonl:1: not valid JSON (a \\u escape is a lone surrogate, not a character)", results[0].Error!.Message);
        Assert.Equal("Next line.", results[1].Article!.Text);
    }
}
