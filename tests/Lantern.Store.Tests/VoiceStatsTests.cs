using System.Text.Json;
using Lantern.Actions;
using Lantern.Analysis;
using Lantern.Store.Synthetic;
using Lantern.Text;
using Lantern.Voices;

namespace Lantern.Store.Tests;

/// <summary>
/// Voices of stored spans and call-to-action flags of stored analyses: <c>stats --voice</c> counts only the spans in
/// that voice, and the flag counts per group are the articles whose author makes a call of that class.
/// </summary>
public sealed class VoiceStatsTests
{
    private const string Loaded = "Loaded_Language";
    private const string NameCalling = "Name_Calling-Labeling";

    // Three articles: one with author and quoted spans and a violent call of the author (and a quoted civic one), one
    // whose only call is quoted violence (no flag), one with a civic call of the author.
    private static IReadOnlyList<CorpusEntry> Entries()
    {
        var first = SyntheticCorpus.Entry(0, seed: 21);
        var text = first.Analysis!.Text;
        var spans = new List<SpanFinding>
        {
            Span(text, Loaded, 10, 12, Voice.Author),
            Span(text, Loaded, 40, 9, Voice.Author),
            Span(text, NameCalling, 60, 14, Voice.Author),
            Span(text, Loaded, 80, 11, new Voice(VoiceKind.Quoted, "the mayor", new TextSpan(79, 13))),
            Span(text, NameCalling, 100, 8, new Voice(VoiceKind.Reported, "critics")),
        };
        var calls = new CallToActionReport(ActionClass.Violent,
        [
            Call(text, ActionClass.Violent, 10, 30, Voice.Author),
            Call(text, ActionClass.Civic, 80, 20, new Voice(VoiceKind.Quoted, "the mayor")),
        ]);
        var second = SyntheticCorpus.Entry(1, seed: 21);
        var secondText = second.Analysis!.Text;
        var quotedOnly = new CallToActionReport(null, [Call(secondText, ActionClass.Violent, 12, 25, new Voice(VoiceKind.Quoted))]);
        var third = SyntheticCorpus.Entry(2, seed: 21);
        var civic = new CallToActionReport(ActionClass.Civic, [Call(third.Analysis!.Text, ActionClass.Civic, 5, 20, Voice.Author)]);
        return
        [
            first with { Analysis = first.Analysis with { Spans = spans, CallsToAction = calls } },
            second with { Analysis = second.Analysis with { Spans = [Span(secondText, Loaded, 20, 10, new Voice(VoiceKind.Quoted))], CallsToAction = quotedOnly } },
            third with { Analysis = third.Analysis with { Spans = [], CallsToAction = civic } },
        ];
    }

    private static SpanFinding Span(string text, string technique, int start, int length, Voice voice)
    {
        var finding = new SpanFinding(technique, start, length, new TextSpan(start, length).Of(text), 0.9) { Voice = voice };
        Assert.Equal(text.Substring(start, length), finding.Span.Of(text));
        return finding;
    }

    private static CallToAction Call(string text, ActionClass kind, int start, int length, Voice voice) =>
        new(kind, start, length, new TextSpan(start, length).Of(text), [], null, null, voice);

    private static Dictionary<string, long> Expected(IReadOnlyList<CorpusEntry> entries, Func<Voice, bool> counted) =>
        entries.SelectMany(e => e.Analysis!.Spans).Where(s => counted(s.Voice)).GroupBy(s => s.Technique).ToDictionary(g => g.Key, g => (long)g.Count());

    private static async Task<TestStore> FilledAsync(string kind, IReadOnlyList<CorpusEntry> entries)
    {
        var test = await TestStore.CreateAsync(kind);
        await using var store = await test.OpenAsync();
        await store.SaveAsync(entries);
        return test;
    }

    [Theory]
    [MemberData(nameof(TestStore.Kinds), MemberType = typeof(TestStore))]
    public async Task Given_an_analysis_with_voices_and_calls_When_saved_Then_each_span_keeps_its_voice_and_the_analysis_its_flag(string kind)
    {
        var entries = Entries();
        await using var test = await FilledAsync(kind, entries);

        var voices = await test.RowsAsync("SELECT voice, COUNT(*) FROM spans GROUP BY voice ORDER BY voice");
        var flags = await test.RowsAsync("SELECT action_flag, author_calls FROM analyses ORDER BY id");

        var expectedVoices = entries.SelectMany(e => e.Analysis!.Spans).GroupBy(s => s.Voice.Name).OrderBy(g => g.Key, StringComparer.Ordinal)
            .Select(g => new[] { g.Key, g.Count().ToString(System.Globalization.CultureInfo.InvariantCulture) });
        Assert.Equal(expectedVoices, voices);
        Assert.Equal([["violent", "1"], ["none", "0"], ["civic", "1"]], flags);
    }

    [Theory]
    [MemberData(nameof(TestStore.Kinds), MemberType = typeof(TestStore))]
    public async Task Given_author_and_quoted_spans_When_stats_by_technique_per_voice_Then_each_counts_only_its_spans_and_names_the_voice(string kind)
    {
        var entries = Entries();
        await using var test = await FilledAsync(kind, entries);
        var cases = new (string Voice, Func<Voice, bool> Counted)[]
        {
            ("all", _ => true),
            ("author", v => v.Kind == VoiceKind.Author),
            ("quoted", v => v.Kind is VoiceKind.Quoted or VoiceKind.Reported),
        };

        foreach (var (voice, counted) in cases)
        {
            var r = Cli.Run("stats", "--by", "technique", "--format", "json", "--voice", voice, "--db", test.Db);

            Assert.True(r.Code == 0, r.Err);
            using var document = JsonDocument.Parse(r.Out);
            var rows = document.RootElement.EnumerateArray().ToList();
            var spans = rows.Where(row => row.GetProperty("spans").GetInt64() > 0)
                .ToDictionary(row => row.GetProperty("technique").GetString()!, row => row.GetProperty("spans").GetInt64());
            Assert.Equal(Expected(entries, counted).OrderBy(p => p.Key), spans.OrderBy(p => p.Key));
            Assert.All(rows, row => Assert.Equal(voice, row.GetProperty("voice").GetString()));
        }

        Assert.Equal(3, Expected(entries, v => v.Kind == VoiceKind.Author).Values.Sum());
        Assert.Equal(3, Expected(entries, v => v.IsOthers).Values.Sum());
    }

    [Theory]
    [MemberData(nameof(TestStore.Kinds), MemberType = typeof(TestStore))]
    public async Task Given_flagged_articles_When_stats_Then_each_group_counts_the_articles_whose_author_makes_a_call_of_each_class(string kind)
    {
        var entries = Entries();
        await using var test = await FilledAsync(kind, entries);

        var json = Cli.Run("stats", "--by", "genre", "--format", "json", "--db", test.Db);
        var csv = Cli.Run("stats", "--by", "technique", "--format", "csv", "--db", test.Db);

        Assert.True(json.Code == 0, json.Err);
        using var document = JsonDocument.Parse(json.Out);
        var groups = document.RootElement.EnumerateArray().GroupBy(r => r.GetProperty("group").GetString()!).ToDictionary(g => g.Key, g => g.First());
        foreach (var (genre, row) in groups)
        {
            var inGenre = entries.Where(e => e.Analysis!.Genre.Label == genre).Select(e => e.Analysis!.CallsToAction.Flag).ToList();
            Assert.Equal(inGenre.Count(f => f == ActionClass.Civic), row.GetProperty("articles_civic").GetInt64());
            Assert.Equal(inGenre.Count(f => f == ActionClass.Hostile), row.GetProperty("articles_hostile").GetInt64());
            Assert.Equal(inGenre.Count(f => f == ActionClass.Violent), row.GetProperty("articles_violent").GetInt64());
            Assert.Equal(0, row.GetProperty("articles_flag_unknown").GetInt64());
        }

        Assert.Equal(1, groups.Values.Sum(r => r.GetProperty("articles_violent").GetInt64()));
        Assert.Equal(1, groups.Values.Sum(r => r.GetProperty("articles_civic").GetInt64()));
        Assert.True(csv.Code == 0, csv.Err);
        var lines = csv.Out.TrimEnd('\n').Split('\n');
        Assert.EndsWith(",voice,articles_civic,articles_hostile,articles_violent,articles_flag_unknown", lines[0], StringComparison.Ordinal);
        Assert.All(lines.Skip(1), line => Assert.EndsWith(",all,1,0,1,0", line, StringComparison.Ordinal));
    }

    [Theory]
    [MemberData(nameof(TestStore.Kinds), MemberType = typeof(TestStore))]
    public async Task Given_spans_and_analyses_stored_before_voices_When_stats_per_voice_Then_only_all_counts_them_and_their_flags_are_unknown(string kind)
    {
        var entries = Entries();
        await using var test = await FilledAsync(kind, entries);
        // What migration 3 leaves on rows stored before it: no voice, no flag.
        await test.ScalarAsync("UPDATE spans SET voice = NULL");
        await test.ScalarAsync("UPDATE analyses SET action_flag = NULL, author_calls = NULL");
        // Such rows reach the statistics roll-up through migration 4's back-fill, which this repeats.
        await using (var store = (SqlCorpusStore)await test.OpenAsync())
        {
            await store.RebuildStatsAsync();
        }

        long Spans(string voice)
        {
            var r = Cli.Run("stats", "--by", "technique", "--format", "json", "--voice", voice, "--db", test.Db);
            Assert.True(r.Code == 0, r.Err);
            using var document = JsonDocument.Parse(r.Out);
            var rows = document.RootElement.EnumerateArray().ToList();
            Assert.All(rows, row => Assert.Equal(3, row.GetProperty("articles_flag_unknown").GetInt64()));
            Assert.All(rows, row => Assert.Equal(0, row.GetProperty("articles_violent").GetInt64()));
            return rows.Sum(row => row.GetProperty("spans").GetInt64());
        }

        Assert.Equal(entries.Sum(e => e.Analysis!.Spans.Count), Spans("all"));
        Assert.Equal(0, Spans("author"));
        Assert.Equal(0, Spans("quoted"));
    }

    [Fact]
    public async Task Given_a_voice_When_stats_as_a_table_Then_the_output_says_which_voices_were_counted_and_the_calls_to_action()
    {
        await using var test = await FilledAsync("sqlite", Entries());

        var (code, output, err) = Cli.Run("stats", "--by", "technique", "--voice", "quoted", "--db", test.Db);

        Assert.True(code == 0, err);
        Assert.Contains("voices counted: quoted (spans in quoted or reported speech)", output, StringComparison.Ordinal);
        Assert.Contains("calls to action (all articles, 3 articles): civic 1, hostile 0, violent 1", output, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("stats")]
    [InlineData("search")]
    [InlineData("compare")]
    public async Task Given_an_unknown_voice_When_querying_Then_exit_code_is_1_with_one_line_naming_the_values(string command)
    {
        await using var test = await FilledAsync("sqlite", Entries());
        string[] args = command switch
        {
            "search" => ["search", "budget"],
            "compare" => ["compare", SyntheticCorpus.Sources[0], SyntheticCorpus.Sources[1]],
            _ => ["stats"],
        };

        var (code, _, err) = Cli.Run([.. args, "--voice", "narrator", "--db", test.Db]);

        Assert.Equal(1, code);
        Assert.Contains("--voice: unknown value 'narrator'", err, StringComparison.Ordinal);
        Assert.Contains("author", err, StringComparison.Ordinal);
        Assert.Single(err.Trim().Split('\n'));
    }

    [Theory]
    [MemberData(nameof(TestStore.Kinds), MemberType = typeof(TestStore))]
    public async Task Given_a_synthetic_corpus_with_voices_When_compared_in_the_author_voice_Then_rates_count_only_the_authors_spans(string kind)
    {
        IReadOnlyList<CorpusEntry> entries = [.. Enumerable.Range(0, 60).Select(i => SyntheticCorpus.Entry(i, seed: 5))];
        await using var test = await FilledAsync(kind, entries);
        var a = SyntheticCorpus.Sources[0];
        var b = SyntheticCorpus.Sources[1];

        var (code, output, err) = Cli.Run("compare", a, b, "--voice", "author", "--format", "json", "--resamples", "20", "--top", "0", "--db", test.Db);

        Assert.True(code == 0, err);
        using var document = JsonDocument.Parse(output);
        Assert.Equal("author", document.RootElement.GetProperty("voice").GetString());
        var inA = entries.Where(e => e.Source == a).ToList();
        var words = inA.Sum(e => (long)ContentHash.Words(e.Article.Text));
        foreach (var difference in document.RootElement.GetProperty("differences").EnumerateArray())
        {
            var technique = difference.GetProperty("technique").GetString();
            var spans = inA.SelectMany(e => e.Analysis!.Spans).Count(s => s.Technique == technique && s.Voice.Kind == VoiceKind.Author);
            Assert.Equal(spans * 1000.0 / words, difference.GetProperty("rate_a").GetDouble(), 3);
        }

        Assert.Contains(entries.SelectMany(e => e.Analysis!.Spans), s => s.Voice.IsOthers);
    }

    [Fact]
    public async Task Given_a_voice_When_searching_Then_technique_counts_are_of_that_voice_and_each_hit_names_it()
    {
        var entries = Entries();
        await using var test = await FilledAsync("sqlite", entries);
        var word = "ref 21 0";

        var author = Cli.Run("search", word, "--voice", "author", "--format", "json", "--db", test.Db);
        var quoted = Cli.Run("search", word, "--voice", "quoted", "--format", "json", "--db", test.Db);

        Assert.True(author.Code == 0, author.Err);
        using var a = JsonDocument.Parse(author.Out);
        using var q = JsonDocument.Parse(quoted.Out);
        static JsonElement Hit(JsonDocument d) => d.RootElement.EnumerateArray().Single(h => h.GetProperty("external_id").GetString() == "synthetic-21-0");
        static long Count(JsonDocument d, string technique) => Hit(d).GetProperty("techniques").EnumerateArray()
            .Where(t => t.GetProperty("technique").GetString() == technique).Sum(t => t.GetProperty("spans").GetInt64());
        Assert.Equal(2, Count(a, Loaded));
        Assert.Equal(1, Count(q, Loaded));
        Assert.Equal(1, Count(a, NameCalling));
        Assert.Equal(1, Count(q, NameCalling));
        Assert.Equal("author", Hit(a).GetProperty("voice").GetString());
        Assert.Equal("quoted", Hit(q).GetProperty("voice").GetString());
    }
}
