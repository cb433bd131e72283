using System.Text.Json;

namespace Lantern.Cli.Tests;

public sealed class ReadCommandTests
{
    // Own sentences. Line 1 title [0..21), line 2 empty, line 3 [23..76), line 5 [78..104).
    private const string Article =
        "Bridges Need Repairs\n" +
        "\n" +
        "The old bridge is closing in May. Drivers must detour.\n" +
        "\n" +
        "Repairs will take a year.\n";

    [Fact]
    public void Given_a_text_article_When_read_as_text_Then_paragraphs_show_lines_offsets_and_their_text()
    {
        using var dir = new TempDir();
        var path = dir.File("bridge.txt", Article);

        var r = CliRun.Run("read", path);

        Assert.Equal(0, r.Code);
        Assert.Equal(string.Empty, r.Err);
        Assert.Contains("article    bridge", r.Out, StringComparison.Ordinal);
        Assert.Contains("title      [0..20) \"Bridges Need Repairs\"", r.Out, StringComparison.Ordinal);
        Assert.Contains("paragraph 0 line 1 [0..20)", r.Out, StringComparison.Ordinal);
        Assert.Contains("paragraph 1 line 3 [22..76)", r.Out, StringComparison.Ordinal);
        Assert.Contains("paragraph 2 line 5 [78..103)", r.Out, StringComparison.Ordinal);
        Assert.Contains("[22..55) \"The old bridge is closing in May.\"", r.Out, StringComparison.Ordinal);
    }

    [Fact]
    public void Given_a_text_article_When_read_as_JSON_Then_every_span_covers_its_text_in_the_file()
    {
        using var dir = new TempDir();
        var path = dir.File("bridge.txt", Article);

        var r = CliRun.Run("read", path, "--format", "json");

        Assert.Equal(0, r.Code);
        var json = JsonDocument.Parse(r.Out).RootElement;
        Assert.Equal("bridge", json.GetProperty("id").GetString());
        Assert.Equal(Article.Length, json.GetProperty("length").GetInt32());
        var lines = new List<int>();
        foreach (var p in json.GetProperty("paragraphs").EnumerateArray())
        {
            AssertCovers(p);
            lines.Add(p.GetProperty("line").GetInt32());
            foreach (var s in p.GetProperty("sentences").EnumerateArray())
            {
                AssertCovers(s);
            }
        }

        Assert.Equal([1, 3, 5], lines);
        foreach (var s in json.GetProperty("structure").EnumerateArray())
        {
            AssertCovers(s);
        }

        Assert.Equal("en", json.GetProperty("language").GetProperty("code").GetString());
    }

    [Fact]
    public void Given_standard_input_When_read_Then_it_is_read_like_a_file()
    {
        var r = CliRun.RunWithInput(CliRun.Utf8(Article), "read", "-", "--format", "json");

        Assert.Equal(0, r.Code);
        var json = JsonDocument.Parse(r.Out).RootElement;
        Assert.Equal(3, json.GetProperty("paragraphs").GetArrayLength());
    }

    [Fact]
    public void Given_an_empty_file_When_read_Then_it_is_refused_with_exit_code_2()
    {
        using var dir = new TempDir();
        var path = dir.File("empty.txt", "  \n\n");

        var r = CliRun.Run("read", path);

        Assert.Equal(2, r.Code);
        Assert.Equal($"lantern: {path}: the input is empty (or only whitespace)", r.Err.Trim());
    }

    [Fact]
    public void Given_empty_standard_input_When_read_Then_it_is_refused_with_exit_code_2()
    {
        var r = CliRun.RunWithInput([], "read", "-");

        Assert.Equal(2, r.Code);
        Assert.Single(r.ErrLines);
    }

    [Fact]
    public void Given_a_binary_file_When_read_Then_it_is_refused_with_exit_code_2()
    {
        using var dir = new TempDir();
        var path = dir.Bytes("image.txt", [0x89, 0x50, 0x4E, 0x47, 0x00, 0x01]);

        var r = CliRun.Run("read", path);

        Assert.Equal(2, r.Code);
        Assert.Contains("binary", r.Err, StringComparison.Ordinal);
        Assert.Single(r.ErrLines);
    }

    [Fact]
    public void Given_invalid_UTF8_When_read_strictly_Then_it_is_refused_and_leniently_it_is_read_with_a_warning()
    {
        using var dir = new TempDir();
        var path = dir.Bytes("latin1.txt", [.. CliRun.Utf8("Caf"), 0xE9, .. CliRun.Utf8(" prices rise again.\n")]);

        var strict = CliRun.Run("read", path);
        var lenient = CliRun.Run("read", path, "--lenient");

        Assert.Equal(2, strict.Code);
        Assert.Equal($"lantern: {path}: invalid UTF-8 at byte 3 (use --lenient to read with replacement characters)", strict.Err.Trim());
        Assert.Equal(0, lenient.Code);
        Assert.Contains("warning", lenient.Out, StringComparison.Ordinal);
    }

    private static void AssertCovers(JsonElement e)
    {
        var start = e.GetProperty("start").GetInt32();
        var end = e.GetProperty("end").GetInt32();
        Assert.Equal(Article[start..end], e.GetProperty("text").GetString());
    }
}
