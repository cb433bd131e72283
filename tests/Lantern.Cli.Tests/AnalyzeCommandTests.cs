using System.Text.Json;

namespace Lantern.Cli.Tests;

public sealed class AnalyzeCommandTests : IDisposable
{
    private const string Article = """
        Council's Shameful Betrayal Of Every Taxpayer 😡

        The so-called reform is a disgrace, and everyone knows it.
        These corrupt cowards on the council have betrayed us again and again, and they will keep lying until we stop them.
        If we do nothing now, our town will be ruined forever: there is no other choice.
        """;

    private readonly TempDir dir = new();

    [Fact]
    public void Given_an_article_When_analysed_as_json_Then_every_field_is_there_and_each_span_text_is_the_text_at_its_offsets()
    {
        var path = dir.File("loaded.txt", Article);

        var r = CliRun.Run("analyze", path, "--format", "json");

        Assert.Equal(ExitCodes.Ok, r.Code);
        using var json = JsonDocument.Parse(r.Out);
        var root = json.RootElement;
        var text = File.ReadAllText(path);
        Assert.Equal("en", root.GetProperty("language").GetProperty("code").GetString());
        Assert.Equal(3, root.GetProperty("genre").GetProperty("scores").GetArrayLength());
        Assert.Equal(JsonValueKind.Array, root.GetProperty("frames").ValueKind);
        Assert.False(string.IsNullOrEmpty(root.GetProperty("model").GetString()));
        var lines = root.GetProperty("paragraphs").EnumerateArray().Select(p => p.GetProperty("line").GetInt32());
        Assert.Equal([1, 3, 4, 5], lines);
        var spans = root.GetProperty("spans").EnumerateArray().ToList();
        Assert.NotEmpty(spans);
        Assert.All(spans, s => Assert.Equal(
            s.GetProperty("text").GetString(),
            text.Substring(s.GetProperty("start").GetInt32(), s.GetProperty("length").GetInt32())));
    }

    [Fact]
    public void Given_the_same_article_twice_When_analysed_Then_the_output_is_the_same()
    {
        var path = dir.File("again.txt", Article);

        Assert.Equal(CliRun.Run("analyze", path, "--format", "json").Out, CliRun.Run("analyze", path, "--format", "json").Out);
    }

    [Fact]
    public void Given_an_article_with_a_script_element_When_rendered_as_html_Then_the_page_shows_it_inert()
    {
        var path = dir.File("hostile.txt", "Totally <script>alert('pwned')</script> news\n\nThey are <img src=x onerror=alert(1)> disgusting liars and traitors.\n");

        var r = CliRun.Run("analyze", path, "--format", "html");

        Assert.Equal(ExitCodes.Ok, r.Code);
        Assert.StartsWith("<!DOCTYPE html>", r.Out, StringComparison.Ordinal);
        Assert.DoesNotContain("<script", r.Out, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("<img", r.Out, StringComparison.OrdinalIgnoreCase);
        Assert.Contains("&lt;script&gt;alert(&#39;pwned&#39;)&lt;/script&gt;", r.Out, StringComparison.Ordinal);
    }

    [Fact]
    public void Given_standard_input_When_analysed_as_text_Then_the_article_is_shown_with_a_legend_and_no_markup()
    {
        var r = CliRun.RunWithInput(CliRun.Utf8(Article), "analyze", "-", "--format", "text");

        Assert.Equal(ExitCodes.Ok, r.Code);
        var withoutMarkers = new string([.. r.Out.Where(c => c is not '⟦' and not '⟧' && !"⁰¹²³⁴⁵⁶⁷⁸⁹".Contains(c))]);
        Assert.Contains("The so-called reform is a disgrace, and everyone knows it.", withoutMarkers, StringComparison.Ordinal);
        Assert.Contains("Legend", r.Out, StringComparison.Ordinal);
        Assert.DoesNotContain("[/]", r.Out, StringComparison.Ordinal);
    }

    [Fact]
    public void Given_an_empty_file_When_analysed_Then_exit_code_is_2()
    {
        var r = CliRun.Run("analyze", dir.File("empty.txt", "  \n\n"));

        Assert.Equal(ExitCodes.InputRejected, r.Code);
        Assert.Single(r.ErrLines);
    }

    [Fact]
    public void Given_a_models_folder_without_models_When_analysed_Then_exit_code_is_3_naming_the_missing_file()
    {
        var empty = Directory.CreateDirectory(Path.Combine(dir.Path, "no-models")).FullName;

        var r = CliRun.Run("analyze", dir.File("a.txt", Article), "--models", empty);

        Assert.Equal(ExitCodes.Internal, r.Code);
        var line = Assert.Single(r.ErrLines);
        Assert.Contains(empty, line, StringComparison.Ordinal);
        Assert.Contains("heads", line, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("--format", "xml")]
    [InlineData("--type", "pdf")]
    public void Given_a_bad_option_value_When_analysed_Then_exit_code_is_1(string option, string value)
    {
        var r = CliRun.Run("analyze", dir.File("b.txt", Article), option, value);

        Assert.Equal(ExitCodes.Usage, r.Code);
        Assert.Contains(option, Assert.Single(r.ErrLines), StringComparison.Ordinal);
    }

    public void Dispose() => dir.Dispose();
}
