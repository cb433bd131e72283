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
    public void Given_neither_threads_nor_parallel_When_benchmarked_Then_articles_run_side_by_side_with_one_encoder_thread_each()
    {
        for (var i = 1; i <= 3; i++)
        {
            dir.File($"articles/article{i}.txt", $"Title {i}\n\nThe council voted {i} times on the shameful plan.\n");
        }

        var batch = JsonDocument.Parse(CliRun.Run("bench", "--articles", Path.Combine(dir.Path, "articles"), "--limit", "3", "--format", "json").Out).RootElement;
        var single = JsonDocument.Parse(CliRun.Run("bench", "--articles", Path.Combine(dir.Path, "articles"), "--limit", "3", "--threads", "2", "--format", "json").Out).RootElement;

        Assert.Equal(1, batch.GetProperty("threads").GetInt32());
        Assert.Equal(Analysis.AnalyzerBuilder.DefaultThreads, batch.GetProperty("parallelArticles").GetInt32());
        Assert.Equal(2, single.GetProperty("threads").GetInt32());
        Assert.Equal(1, single.GetProperty("parallelArticles").GetInt32());
        Assert.Equal((1, Analysis.AnalyzerBuilder.DefaultThreads), Internal.AnalyzerFactory.BatchShape(null, null));
        Assert.Equal((null, 3), Internal.AnalyzerFactory.BatchShape(null, 3));
        Assert.Equal((2, null), Internal.AnalyzerFactory.BatchShape(2, null));
    }

    [Fact]
    public void Given_an_unknown_precision_When_benchmarked_Then_exit_code_is_1_naming_the_option_before_reading_any_article()
    {
        var r = CliRun.Run("bench", "--articles", Path.Combine(dir.Path, "no-such-folder"), "--precision", "fp16");

        Assert.Equal(ExitCodes.Usage, r.Code);
        Assert.Contains("--precision", Assert.Single(r.ErrLines), StringComparison.Ordinal);
    }

    [Fact]
    public void Given_an_unknown_spinning_value_When_benchmarked_Then_exit_code_is_1_naming_the_option_before_reading_any_article()
    {
        var r = CliRun.Run("bench", "--articles", Path.Combine(dir.Path, "no-such-folder"), "--encoder-spinning", "sometimes");

        Assert.Equal(ExitCodes.Usage, r.Code);
        Assert.Contains("--encoder-spinning", Assert.Single(r.ErrLines), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(20, "article1")]
    [InlineData(400, "article3")]
    public void Given_articles_of_different_lengths_When_benchmarked_with_tokens_Then_the_one_nearest_that_length_is_used(int tokens, string expected)
    {
        var sentence = "Critics called the shameful plan a disgrace to every family in town. ";
        dir.File("sized/article1.txt", "Short title\n\n" + sentence + "\n");
        dir.File("sized/article2.txt", "Middle title\n\n" + string.Concat(Enumerable.Repeat(sentence, 6)) + "\n");
        dir.File("sized/article3.txt", "Long title\n\n" + string.Concat(Enumerable.Repeat(sentence, 30)) + "\n");

        var r = CliRun.Run("bench", "--articles", Path.Combine(dir.Path, "sized"), "--tokens", tokens.ToString(System.Globalization.CultureInfo.InvariantCulture), "--limit", "1", "--threads", "1", "--format", "json");

        Assert.Equal(ExitCodes.Ok, r.Code);
        var root = JsonDocument.Parse(r.Out).RootElement;
        Assert.Equal(1, root.GetProperty("articles").GetInt32());
        var perArticle = root.GetProperty("tokensPerArticle").GetDouble();
        // article1 has about 15 word pieces, article2 about 85, article3 about 420: the chosen one is the nearest.
        var sizes = new Dictionary<string, (double Min, double Max)> { ["article1"] = (5, 40), ["article3"] = (300, 600) };
        Assert.InRange(perArticle, sizes[expected].Min, sizes[expected].Max);
    }

    [Fact]
    public void Given_a_non_positive_token_target_When_benchmarked_Then_exit_code_is_1_naming_the_option()
    {
        var r = CliRun.Run("bench", "--articles", Path.Combine(dir.Path, "no-such-folder"), "--tokens", "0");

        Assert.Equal(ExitCodes.Usage, r.Code);
        Assert.Contains("--tokens", Assert.Single(r.ErrLines), StringComparison.Ordinal);
    }

    public void Dispose() => dir.Dispose();
}
