using System.Text.Json;

namespace Lantern.Cli.Tests;

public sealed class SemEvalPredictCommandTests : IDisposable
{
    // The emoji in the title puts every later UTF-16 offset one unit after its code point offset.
    private const string First = "Fans 😀 cheer the shameful traitors\n\nThese corrupt cowards betrayed us again and again, the disgusting liars.\nOur nation will be destroyed forever if we do nothing.\n";
    private const string Second = "Weather report\n\nRain is expected later today across the region.\n\n\nTemperatures will stay mild.\n";

    private readonly TempDir dir = new();

    private string Articles()
    {
        dir.File("articles/article1001.txt", First);
        dir.File("articles/article1002.txt", Second);
        return Path.Combine(dir.Path, "articles");
    }

    [Fact]
    public void Given_an_emoji_before_spans_When_spans_are_predicted_Then_offsets_are_code_points_of_the_same_text_analyze_reports()
    {
        var articles = Articles();
        var output = Path.Combine(dir.Path, "spans.txt");

        var r = CliRun.Run("semeval", "predict", "--task", "spans", "--articles", articles, "--out", output);

        Assert.Equal(ExitCodes.Ok, r.Code);
        var rows = File.ReadAllLines(output).Select(l => l.Split('\t')).Where(f => f[0] == "1001").ToList();
        Assert.NotEmpty(rows);
        using var json = JsonDocument.Parse(CliRun.Run("analyze", Path.Combine(articles, "article1001.txt"), "--format", "json").Out);
        var expected = json.RootElement.GetProperty("spans").EnumerateArray().Select(s => $"{s.GetProperty("technique").GetString()}|{s.GetProperty("text").GetString()}").Order().ToList();
        var codePoints = First.EnumerateRunes().Select(c => c.ToString()).ToArray();
        var actual = rows.Select(f => $"{f[1]}|{string.Concat(codePoints[int.Parse(f[2])..int.Parse(f[3])])}").Order().ToList();
        Assert.Equal(expected, actual);
    }

    [Fact]
    public void Given_articles_When_paragraph_techniques_are_predicted_Then_every_non_empty_line_has_one_row()
    {
        var output = Path.Combine(dir.Path, "paragraphs.txt");

        var r = CliRun.Run("semeval", "predict", "--task", "paragraphs", "--lang", "en", "--articles", Articles(), "--out", output);

        Assert.Equal(ExitCodes.Ok, r.Code);
        var keys = File.ReadAllLines(output).Select(l => string.Join('\t', l.Split('\t')[..2]));
        Assert.Equal(["1001\t1", "1001\t3", "1001\t4", "1002\t1", "1002\t3", "1002\t6"], keys);
    }

    [Fact]
    public void Given_articles_When_genres_and_frames_are_predicted_Then_each_article_has_one_row_of_known_labels()
    {
        var genres = Path.Combine(dir.Path, "genres.txt");
        var frames = Path.Combine(dir.Path, "frames.txt");
        var articles = Articles();

        Assert.Equal(ExitCodes.Ok, CliRun.Run("semeval", "predict", "--task", "genre", "--lang", "ge", "--articles", articles, "--out", genres).Code);
        Assert.Equal(ExitCodes.Ok, CliRun.Run("semeval", "predict", "--task", "framing", "--articles", articles, "--out", frames).Code);

        var genreRows = File.ReadAllLines(genres).Select(l => l.Split('\t')).ToList();
        Assert.Equal(["1001", "1002"], genreRows.Select(f => f[0]));
        Assert.All(genreRows, f => Assert.Contains(f[1], Taxonomy.Labels.Genres));
        var frameRows = File.ReadAllLines(frames).Select(l => l.Split('\t')).ToList();
        Assert.Equal(["1001", "1002"], frameRows.Select(f => f[0]));
        Assert.All(frameRows.SelectMany(f => f[1].Split(',', StringSplitOptions.RemoveEmptyEntries)), f => Assert.Contains(f, Taxonomy.Labels.Frames));
    }

    [Theory]
    [InlineData("--task", "sentiment")]
    [InlineData("--lang", "xx")]
    public void Given_a_bad_option_value_When_predicting_Then_exit_code_is_1(string option, string value)
    {
        var args = new List<string> { "semeval", "predict", "--task", "genre", "--articles", Articles(), "--out", Path.Combine(dir.Path, "o.txt") };
        var at = args.IndexOf(option);
        if (at >= 0)
        {
            args[at + 1] = value;
        }
        else
        {
            args.AddRange([option, value]);
        }

        var r = CliRun.Run([.. args]);

        Assert.Equal(ExitCodes.Usage, r.Code);
        Assert.Contains(option, Assert.Single(r.ErrLines), StringComparison.Ordinal);
    }

    [Fact]
    public void Given_a_folder_without_articles_When_predicting_Then_exit_code_is_2()
    {
        var empty = Directory.CreateDirectory(Path.Combine(dir.Path, "none")).FullName;

        var r = CliRun.Run("semeval", "predict", "--task", "genre", "--articles", empty, "--out", Path.Combine(dir.Path, "o.txt"));

        Assert.Equal(ExitCodes.InputRejected, r.Code);
    }

    public void Dispose() => dir.Dispose();
}
