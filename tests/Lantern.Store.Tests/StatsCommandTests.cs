using System.Text.Json;
using Lantern.Store.Synthetic;

namespace Lantern.Store.Tests;

/// <summary><c>lantern stats</c>, <c>search</c> and <c>compare</c> on a store filled with constructed analyses.</summary>
public sealed class StatsCommandTests
{
    private static async Task<TestStore> FilledAsync(string kind, int count)
    {
        var test = await TestStore.CreateAsync(kind);
        await using var store = await test.OpenAsync();
        await store.SaveAsync([.. Enumerable.Range(0, count).Select(i => SyntheticCorpus.Entry(i, seed: 5))]);
        return test;
    }

    [Theory]
    [MemberData(nameof(TestStore.Kinds), MemberType = typeof(TestStore))]
    public async Task Given_a_corpus_When_stats_by_genre_as_csv_and_json_Then_both_carry_the_same_rates_computed_from_the_counts(string kind)
    {
        await using var test = await FilledAsync(kind, 40);

        var csv = Cli.Run("stats", "--by", "genre", "--format", "csv", "--db", test.Db);
        var json = Cli.Run("stats", "--by", "genre", "--format", "json", "--db", test.Db);

        Assert.True(csv.Code == 0, csv.Err);
        var lines = csv.Out.TrimEnd('\n').Split('\n');
        Assert.Equal("genre,technique,articles,words,spans,articles_with_technique,per_1000_words,per_article,share_of_articles,voice,articles_civic,articles_hostile,articles_violent,articles_flag_unknown", lines[0]);
        using var document = JsonDocument.Parse(json.Out);
        var rows = document.RootElement.EnumerateArray().ToList();
        Assert.Equal(lines.Length - 1, rows.Count);
        foreach (var row in rows)
        {
            var spans = row.GetProperty("spans").GetDouble();
            var words = row.GetProperty("words").GetDouble();
            Assert.Equal(Math.Round(spans * 1000 / words, 4), row.GetProperty("per_1000_words").GetDouble(), 4);
        }

        Assert.Equal(40, rows.GroupBy(r => r.GetProperty("group").GetString()).Sum(g => g.First().GetProperty("articles").GetInt64()));
    }

    [Theory]
    [InlineData("png")]
    [InlineData("svg")]
    public async Task Given_a_corpus_When_stats_plotted_Then_the_file_is_a_real_image_of_that_kind(string extension)
    {
        await using var test = await FilledAsync("sqlite", 30);
        var file = Path.Combine(test.Folder, "plot." + extension);

        var (code, _, err) = Cli.Run("stats", "--by", "month", "--plot", file, "--db", test.Db);

        Assert.True(code == 0, err);
        var bytes = File.ReadAllBytes(file);
        if (extension == "png")
        {
            Assert.Equal(new byte[] { 0x89, 0x50, 0x4E, 0x47 }, bytes[..4]);
        }
        else
        {
            Assert.Contains("<svg", System.Text.Encoding.UTF8.GetString(bytes), StringComparison.Ordinal);
        }
    }

    [Theory]
    [MemberData(nameof(TestStore.Kinds), MemberType = typeof(TestStore))]
    public async Task Given_two_sources_When_compared_Then_each_difference_has_its_interval_and_passages_come_from_the_source_that_uses_it_more(string kind)
    {
        await using var test = await FilledAsync(kind, 120);
        var a = SyntheticCorpus.Sources[0];
        var b = SyntheticCorpus.Sources[1];

        var (code, output, err) = Cli.Run("compare", a, b, "--db", test.Db, "--format", "json", "--resamples", "200", "--top", "2");

        Assert.True(code == 0, err);
        using var document = JsonDocument.Parse(output);
        var differences = document.RootElement.GetProperty("differences").EnumerateArray().ToList();
        Assert.Equal(23, differences.Count);
        Assert.All(differences, d => Assert.True(d.GetProperty("rate_low").GetDouble() <= d.GetProperty("rate_high").GetDouble()));
        var passages = document.RootElement.GetProperty("passages").EnumerateArray().ToList();
        Assert.Equal(2, passages.Count);
        foreach (var passage in passages)
        {
            var technique = passage.GetProperty("technique").GetString();
            var moreIn = passage.GetProperty("more_in").GetString();
            var difference = differences.Single(d => d.GetProperty("technique").GetString() == technique).GetProperty("rate_difference").GetDouble();
            Assert.Equal(difference > 0 ? a : b, moreIn);
            Assert.All(passage.GetProperty("spans").EnumerateArray(), s =>
            {
                Assert.Equal(moreIn, s.GetProperty("source").GetString());
                Assert.Equal(technique, s.GetProperty("technique").GetString());
            });
        }
    }

    [Fact]
    public async Task Given_two_sources_When_compared_as_text_Then_the_table_and_passages_are_printed()
    {
        await using var test = await FilledAsync("sqlite", 60);

        var (code, output, err) = Cli.Run("compare", SyntheticCorpus.Sources[0], SyntheticCorpus.Sources[1], "--db", test.Db, "--format", "text", "--resamples", "50", "--top", "1");

        Assert.True(code == 0, err);
        Assert.Contains("* the interval of the rate difference leaves out zero", output, StringComparison.Ordinal);
        Assert.Matches(@"(?m)^[A-Za-z_-]+: more in outlet0[12]\.example \(\d+\.\d\d more per 1,000 words\)$", output);
        Assert.Matches(@"(?m)^  "".+"" \(Synthetic report \d+ .*, \d+\+\d+, score \d\.\d\d\)$", output);
    }

    [Fact]
    public async Task Given_an_unknown_technique_When_searching_Then_the_cli_says_which_values_exist()
    {
        await using var test = await FilledAsync("sqlite", 5);

        var (code, _, err) = Cli.Run("search", "budget", "--technique", "Shouting", "--db", test.Db);

        Assert.Equal(1, code);
        Assert.Contains("--technique: unknown value 'Shouting'", err, StringComparison.Ordinal);
        Assert.Contains("Loaded_Language", err, StringComparison.Ordinal);
    }
    [Theory]
    [MemberData(nameof(TestStore.Kinds), MemberType = typeof(TestStore))]
    public async Task Given_a_corpus_When_stats_by_technique_with_a_minimum_confidence_Then_only_spans_scored_at_least_that_are_counted(string kind)
    {
        await using var test = await FilledAsync(kind, 30);
        var spans = Enumerable.Range(0, 30).SelectMany(i => SyntheticCorpus.Entry(i, seed: 5).Analysis!.Spans).ToList();
        var cut = Math.Round(spans.Select(s => s.Score).Order().ElementAt(spans.Count / 2), 3);
        var expected = spans.Where(s => s.Score >= cut).GroupBy(s => s.Technique).ToDictionary(g => g.Key, g => (long)g.Count());

        var r = Cli.Run("stats", "--by", "technique", "--format", "json", "--min-confidence", cut.ToString(System.Globalization.CultureInfo.InvariantCulture), "--db", test.Db);

        Assert.True(r.Code == 0, r.Err);
        using var document = JsonDocument.Parse(r.Out);
        var counted = document.RootElement.EnumerateArray()
            .Where(row => row.GetProperty("spans").GetInt64() > 0)
            .ToDictionary(row => row.GetProperty("technique").GetString()!, row => row.GetProperty("spans").GetInt64());
        Assert.Equal(expected.OrderBy(p => p.Key), counted.OrderBy(p => p.Key));
        Assert.True(counted.Values.Sum() < spans.Count);
    }

    [Theory]
    [InlineData("stats")]
    [InlineData("search")]
    public async Task Given_a_minimum_confidence_outside_0_to_1_When_querying_Then_exit_code_is_1_naming_the_option(string command)
    {
        await using var test = await FilledAsync("sqlite", 2);
        string[] args = command == "search" ? ["search", "budget"] : ["stats"];

        var (code, _, err) = Cli.Run([.. args, "--min-confidence", "1.5", "--db", test.Db]);

        Assert.Equal(1, code);
        Assert.Contains("--min-confidence: must be a probability between 0 and 1, not '1.5'", err, StringComparison.Ordinal);
        Assert.Single(err.Trim().Split('\n'));
    }
}
