using System.Text.Json;

namespace Lantern.Cli.Tests;

public sealed class BenchCommandTests : IDisposable
{
    private readonly TempDir dir = new();

    [Fact]
    public void Given_a_few_articles_When_benchmarked_as_json_Then_every_figure_is_reported_and_consistent()
    {
        for (var i = 1; i <= 3; i++)
        {
            dir.File($"articles/article{i}.txt", $"Title {i}\n\nThe council voted {i} times on the shameful plan.\nCritics called it a disgrace to every family.\n");
        }

        var r = CliRun.Run("bench", "--articles", Path.Combine(dir.Path, "articles"), "--limit", "2", "--threads", "1", "--format", "json");

        Assert.Equal(ExitCodes.Ok, r.Code);
        var root = JsonDocument.Parse(r.Out).RootElement;
        Assert.Equal(2, root.GetProperty("articles").GetInt32());
        Assert.Equal(6, root.GetProperty("paragraphs").GetInt32());
        foreach (var name in new[] { "tokens", "articlesPerSecond", "tokensPerSecond", "p50Milliseconds", "p95Milliseconds", "encoderTokensPerSecond", "pipelineToEncoderRatio", "peakRssMegabytes", "modelLoadSeconds" })
        {
            Assert.True(root.GetProperty(name).GetDouble() > 0, name);
        }

        Assert.True(root.GetProperty("p95Milliseconds").GetDouble() >= root.GetProperty("p50Milliseconds").GetDouble());
    }

    [Fact]
    public void Given_an_unknown_precision_When_benchmarked_Then_exit_code_is_1_naming_the_option_before_reading_any_article()
    {
        var r = CliRun.Run("bench", "--articles", Path.Combine(dir.Path, "no-such-folder"), "--precision", "fp16");

        Assert.Equal(ExitCodes.Usage, r.Code);
        Assert.Contains("--precision", Assert.Single(r.ErrLines), StringComparison.Ordinal);
    }

    public void Dispose() => dir.Dispose();
}
