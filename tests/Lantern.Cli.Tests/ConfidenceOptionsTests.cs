using System.Diagnostics;
using System.Text.Json;

namespace Lantern.Cli.Tests;

/// <summary><c>--min-confidence</c> and <c>--preset</c> on analyze and semeval predict, run as a real <c>lantern</c> process.</summary>
public sealed class ConfidenceOptionsTests : IDisposable
{
    private const string Article = """
        Council's Shameful Betrayal Of Every Taxpayer

        The so-called reform is a disgrace, and everyone knows it.
        These corrupt cowards on the council have betrayed us again and again, and they will keep lying until we stop them.
        If we do nothing now, our town will be ruined forever: there is no other choice.
        The disgusting liars in the town hall must go, and they must go now.
        """;

    private readonly TempDir dir = new();

    public void Dispose() => dir.Dispose();

    /// <summary>Runs the built <c>lantern.dll</c> (copied next to the tests) with <c>dotnet</c>.</summary>
    private static CliResult Lantern(params string[] args)
    {
        var start = new ProcessStartInfo(DotnetHost()) { RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false };
        start.ArgumentList.Add(Path.Combine(AppContext.BaseDirectory, "lantern.dll"));
        foreach (var arg in args)
        {
            start.ArgumentList.Add(arg);
        }

        using var process = Process.Start(start)!;
        var error = process.StandardError.ReadToEndAsync();
        var output = process.StandardOutput.ReadToEnd();
        process.WaitForExit();
        return new CliResult(process.ExitCode, output, error.Result);
    }

    private static string DotnetHost()
    {
        var host = Environment.GetEnvironmentVariable("DOTNET_HOST_PATH");
        if (!string.IsNullOrEmpty(host) && File.Exists(host))
        {
            return host;
        }

        var self = Environment.ProcessPath;
        return self is not null && Path.GetFileNameWithoutExtension(self) == "dotnet" ? self : "dotnet";
    }

    // Every finding as "kind|where|label|score".
    private static List<(string Key, double Score)> Findings(string json)
    {
        using var document = JsonDocument.Parse(json);
        var root = document.RootElement;
        var result = new List<(string, double)>();
        foreach (var f in root.GetProperty("frames").EnumerateArray())
        {
            result.Add(($"frame|{f.GetProperty("label").GetString()}", f.GetProperty("score").GetDouble()));
        }

        foreach (var p in root.GetProperty("paragraphs").EnumerateArray())
        {
            foreach (var t in p.GetProperty("techniques").EnumerateArray())
            {
                result.Add(($"paragraph|{p.GetProperty("index").GetInt32()}|{t.GetProperty("label").GetString()}", t.GetProperty("score").GetDouble()));
            }
        }

        foreach (var s in root.GetProperty("spans").EnumerateArray())
        {
            result.Add(($"span|{s.GetProperty("start").GetInt32()}|{s.GetProperty("length").GetInt32()}|{s.GetProperty("technique").GetString()}", s.GetProperty("score").GetDouble()));
        }

        return result;
    }

    [Fact]
    public void Given_a_minimum_confidence_When_an_article_is_analysed_Then_exactly_the_findings_scored_at_least_that_remain()
    {
        var path = dir.File("article.txt", Article);
        var all = Lantern("analyze", path, "--format", "json");
        Assert.Equal(ExitCodes.Ok, all.Code);
        var findings = Findings(all.Out);
        Assert.NotEmpty(findings);
        Assert.All(findings, f => Assert.InRange(f.Score, 0, 1));
        // A cut in the middle of the reported scores, so some findings go and some stay.
        var scores = findings.Select(f => f.Score).Order().ToList();
        var cut = Math.Round(scores[scores.Count / 2], 3);

        var filtered = Lantern("analyze", path, "--format", "json", "--min-confidence", cut.ToString(System.Globalization.CultureInfo.InvariantCulture));

        Assert.Equal(ExitCodes.Ok, filtered.Code);
        var kept = Findings(filtered.Out);
        Assert.Equal(findings.Where(f => f.Score >= cut).Select(f => f.Key).Order(), kept.Select(f => f.Key).Order());
        Assert.True(kept.Count < findings.Count, $"a cut at {cut} should drop something");
        Assert.Equal(Lantern("analyze", path, "--format", "json", "--min-confidence", "0").Out, all.Out);
    }

    [Theory]
    [InlineData("--min-confidence", "1.5")]
    [InlineData("--min-confidence", "-0.1")]
    [InlineData("--min-confidence", "abc")]
    [InlineData("--min-confidence", "NaN")]
    [InlineData("--preset", "paranoid")]
    public void Given_a_bad_confidence_option_When_analysing_Then_one_clear_line_and_exit_code_1(string option, string value)
    {
        var path = dir.File("article.txt", Article);

        var r = Lantern("analyze", path, option, value);

        Assert.Equal(ExitCodes.Usage, r.Code);
        Assert.Equal(string.Empty, r.Out);
        var line = Assert.Single(r.Err.Split('\n', StringSplitOptions.RemoveEmptyEntries));
        Assert.Contains(option, line, StringComparison.Ordinal);
        Assert.Contains(value, line, StringComparison.Ordinal);
        Assert.DoesNotContain("   at ", r.Err, StringComparison.Ordinal);
    }

    [Fact]
    public void Given_the_presets_When_an_article_is_analysed_Then_high_recall_finds_at_least_the_balanced_paragraph_labels_and_high_precision_at_most()
    {
        var path = dir.File("article.txt", Article);
        HashSet<string> Paragraphs(string preset)
        {
            var r = Lantern("analyze", path, "--format", "json", "--preset", preset);
            Assert.Equal(ExitCodes.Ok, r.Code);
            return [.. Findings(r.Out).Where(f => f.Key.StartsWith("paragraph|", StringComparison.Ordinal)).Select(f => f.Key)];
        }

        var balanced = Paragraphs("balanced");
        var recall = Paragraphs("high-recall");
        var precision = Paragraphs("HIGH-PRECISION");

        Assert.Superset(balanced, recall);
        Assert.Subset(balanced, precision);
        Assert.True(recall.Count > precision.Count, $"high recall {recall.Count}, high precision {precision.Count}");
    }

    [Fact]
    public void Given_a_minimum_confidence_When_semeval_paragraph_predictions_are_written_Then_only_labels_scored_at_least_that_are_in_the_file()
    {
        dir.File("articles/article2001.txt", Article);
        var articles = Path.Combine(dir.Path, "articles");
        var all = Path.Combine(dir.Path, "all.txt");
        var confident = Path.Combine(dir.Path, "confident.txt");

        Assert.Equal(ExitCodes.Ok, Lantern("semeval", "predict", "--task", "paragraphs", "--articles", articles, "--out", all).Code);
        Assert.Equal(ExitCodes.Ok, Lantern("semeval", "predict", "--task", "paragraphs", "--articles", articles, "--out", confident, "--min-confidence", "0.999").Code);
        var bad = Lantern("semeval", "predict", "--task", "paragraphs", "--articles", articles, "--out", confident, "--min-confidence", "2");

        static int Labels(string file) => File.ReadAllLines(file).Sum(l => l.Split('\t')[2].Split(',', StringSplitOptions.RemoveEmptyEntries).Length);
        Assert.True(Labels(all) > 0);
        Assert.True(Labels(confident) < Labels(all));
        Assert.Equal(ExitCodes.Usage, bad.Code);
        Assert.Contains("--min-confidence", bad.Err, StringComparison.Ordinal);
    }
}
