using System.Text.Json;

namespace Lantern.Cli.Tests;

/// <summary><c>analyze --voice/--explain</c>, <c>measure calls|voices</c> and <c>explain check</c> on bad input.</summary>
public sealed class BeyondTheAnchorsCommandTests : IDisposable
{
    private const string Speech = """
        A Shameful Council

        "These corrupt cowards must be driven out of town," said Mayor John Smith.
        We must vote them out in May and sign the petition today.
        The council's plan is a disgrace that everyone can see.
        """;

    private readonly TempDir dir = new();

    [Fact]
    public void Given_voice_quoted_When_analysed_Then_only_quoted_spans_are_left_and_the_calls_are_kept()
    {
        var path = dir.File("speech.txt", Speech);

        var r = CliRun.Run("analyze", path, "--format", "json", "--voice", "quoted");

        Assert.Equal(ExitCodes.Ok, r.Code);
        using var json = JsonDocument.Parse(r.Out);
        var spans = json.RootElement.GetProperty("spans").EnumerateArray().ToList();
        Assert.All(spans, s => Assert.Equal("quoted", s.GetProperty("voice").GetProperty("kind").GetString()));
        Assert.Equal(2, json.RootElement.GetProperty("callsToAction").GetProperty("calls").GetArrayLength());
        Assert.False(string.IsNullOrEmpty(json.RootElement.GetProperty("summary").GetString()));
    }

    [Fact]
    public void Given_an_unknown_voice_When_analysed_Then_a_usage_error()
    {
        var path = dir.File("speech.txt", Speech);

        var r = CliRun.Run("analyze", path, "--voice", "narrator");

        Assert.Equal(ExitCodes.Usage, r.Code);
        Assert.Contains("--voice", r.Err, StringComparison.Ordinal);
    }

    [Fact]
    public void Given_a_labelled_call_file_When_measured_Then_json_with_precision_and_recall_per_class()
    {
        var path = dir.File("calls.tsv", "violent\tauthor\tcall\ten\tTake up arms against the occupiers.\nnone\t-\thistorical\ten\tThe crowd stormed the palace in 1917.\n");

        var r = CliRun.Run("measure", "calls", path);

        Assert.Equal(ExitCodes.Ok, r.Code);
        using var json = JsonDocument.Parse(r.Out);
        var violent = json.RootElement.GetProperty("per_class").EnumerateArray().Single(c => c.GetProperty("label").GetString() == "violent");
        Assert.Equal(1.0, violent.GetProperty("precision").GetDouble());
        Assert.Equal(1.0, violent.GetProperty("recall").GetDouble());
        Assert.Equal(0, json.RootElement.GetProperty("hard_negatives_wrongly_flagged").GetInt32());
    }

    [Fact]
    public void Given_a_malformed_call_file_When_measured_Then_the_input_is_rejected_naming_the_line()
    {
        var path = dir.File("bad.tsv", "violent\tauthor\n");

        var r = CliRun.Run("measure", "calls", path);

        Assert.Equal(ExitCodes.InputRejected, r.Code);
        Assert.Contains("bad.tsv:1:", r.Err, StringComparison.Ordinal);
    }

    [Fact]
    public void Given_no_articles_folder_When_explanations_are_checked_Then_a_usage_error()
    {
        var r = CliRun.Run("explain", "check");

        Assert.Equal(ExitCodes.Usage, r.Code);
        Assert.Contains("--articles", r.Err, StringComparison.Ordinal);
    }

    public void Dispose() => dir.Dispose();
}
