using System.Globalization;
using Lantern.Analysis;
using Lantern.Store.Synthetic;
using Lantern.Taxonomy;
using Lantern.Voices;

namespace Lantern.Store.Tests;

/// <summary>
/// The statistics roll-up (migration 4) gives exactly the rows of the span scan, for every <c>--by</c> and the filters
/// it answers, after new articles, re-analyses by a new model, queue completions, and on rows stored before voices.
/// </summary>
public sealed class StatsRollUpTests
{
    private const string Loaded = "Loaded_Language";

    private static readonly CorpusFilter[] Filters =
    [
        CorpusFilter.None,
        new() { Genre = "opinion" },
        new() { Source = SyntheticCorpus.Sources[2] },
        new() { Source = "Outlet Three" },
        new() { Language = "en" },
        new() { Technique = Loaded },
        new() { Technique = "Doubt", Voice = VoiceFilter.Author },
        new() { Voice = VoiceFilter.Quoted },
        new() { Voice = VoiceFilter.Author, Genre = "reporting" },
        new() { Frame = Labels.Frames[0] },
        new() { Frame = Labels.Frames[1], Technique = Loaded, Voice = VoiceFilter.Quoted },
        new() { From = new DateOnly(2025, 3, 1), To = new DateOnly(2025, 8, 31) },
        new() { From = new DateOnly(2025, 5, 1), Source = SyntheticCorpus.Sources[1], Genre = "opinion" },
        new() { To = new DateOnly(2025, 6, 30), Technique = Loaded, Language = "en" },
        new() { Technique = "Made_Up_Technique" },
        // Thresholds on the 0.05 grid (the score-step table), and off it (the steps above it and the band below them).
        new() { MinConfidence = 0.6 },
        new() { MinConfidence = 0.75, Technique = Loaded, Voice = VoiceFilter.Author },
        new() { MinConfidence = 0.35, Voice = VoiceFilter.Quoted, Source = "Outlet Three" },
        new() { MinConfidence = 0.95, From = new DateOnly(2025, 3, 1), To = new DateOnly(2025, 8, 31), Genre = "opinion" },
        new() { MinConfidence = 1, Language = "en" },
        new() { MinConfidence = 0.62 },
        new() { MinConfidence = 0.34, Technique = Loaded },
        new() { MinConfidence = 0.58, Technique = "Doubt", Voice = VoiceFilter.Author, Source = SyntheticCorpus.Sources[1] },
        new() { MinConfidence = 0.97, Voice = VoiceFilter.Quoted },
        new() { MinConfidence = 0.01, Genre = "opinion" },
        new() { MinConfidence = 0.6000001, Technique = Loaded },
        new() { MinConfidence = 0.7499999, From = new DateOnly(2025, 3, 15), To = new DateOnly(2025, 8, 31) },
        // Off the 0.01 grid too: the 0.05 steps above it, the 0.01 steps up to them and a band of spans below those.
        new() { MinConfidence = 0.625 },
        new() { MinConfidence = 0.2875, Technique = Loaded, Voice = VoiceFilter.Author },
        new() { MinConfidence = 0.6099999, Source = "Outlet Three", Genre = "opinion" },
        new() { MinConfidence = 0.57, Voice = VoiceFilter.Quoted },
        new() { MinConfidence = 0.29, Technique = Loaded, From = new DateOnly(2025, 2, 1), To = new DateOnly(2025, 10, 31) },
        // --by week with a frame (the frame-week cells).
        new() { Frame = Labels.Frames[2], Source = SyntheticCorpus.Sources[1], Voice = VoiceFilter.Author },
        // Dates off month bounds: whole months from the roll-up, the days around them from the scan.
        new() { From = new DateOnly(2025, 3, 15) },
        new() { To = new DateOnly(2025, 6, 10), Technique = Loaded },
        new() { From = new DateOnly(2025, 2, 10), To = new DateOnly(2025, 9, 20), Voice = VoiceFilter.Author },
        new() { From = new DateOnly(2025, 4, 3), To = new DateOnly(2025, 4, 20) },
        new() { From = new DateOnly(2025, 1, 31), To = new DateOnly(2025, 3, 1), Frame = Labels.Frames[0] },
        new() { From = new DateOnly(2025, 3, 15), MinConfidence = 0.7, Source = SyntheticCorpus.Sources[1] },
        // Partial months from the week cells where whole weeks fit (a week across a month end counts in each month).
        new() { From = new DateOnly(2025, 3, 15), To = new DateOnly(2025, 4, 10), Source = SyntheticCorpus.Sources[0] },
        new() { To = new DateOnly(2025, 2, 27), Voice = VoiceFilter.Quoted },
        new() { From = new DateOnly(2025, 3, 17), To = new DateOnly(2025, 12, 28), Frame = Labels.Frames[3] },
        new() { From = new DateOnly(2025, 6, 30), To = new DateOnly(2025, 7, 6), Technique = Loaded },
        new() { From = new DateOnly(2025, 2, 12), To = new DateOnly(2025, 11, 19), MinConfidence = 0.55, Voice = VoiceFilter.Author },
        new() { From = new DateOnly(2025, 4, 7), To = new DateOnly(2025, 4, 27), MinConfidence = 0.85, Technique = Loaded },
        // By week, the fine steps by week for the whole months and the week cells (a threshold on the 0.01 grid), or
        // the scan for the days (off it).
        new() { From = new DateOnly(2025, 3, 12), To = new DateOnly(2025, 10, 22), MinConfidence = 0.62, Voice = VoiceFilter.Author },
        new() { From = new DateOnly(2025, 3, 12), To = new DateOnly(2025, 10, 22), MinConfidence = 0.625, Technique = Loaded },
    ];

    // Scores exactly on the grid, where a step's lower bound must count and rounding would misplace them (0.35 * 20 < 7).
    // Also on the 0.01 grid, where 100 s falls just below the step (0.29 * 100 = 28.999999999999996, 0.57, 0.58).
    private static readonly double[] GridScores = [0.6, 0.75, 0.35, 0.95, 1, 0.55, 0.85, 0.7, 0.9, 0.05, 0.3, 0.29, 0.57, 0.58, 0.62, 0.63, 0.61, 0.01, 0.99];

    // Synthetic entries, and among them: no date, no source, no language, a technique outside the taxonomy, no frames, no spans.
    private static List<CorpusEntry> Entries()
    {
        var entries = Enumerable.Range(0, 90).Select(i => SyntheticCorpus.Entry(i, seed: 77)).ToList();
        CorpusEntry Rebuilt(int i, Func<Articles.Article, Articles.Article> article, Func<ArticleAnalysis, ArticleAnalysis> analysis, string? source) =>
            new(article(entries[i].Article), source, analysis(entries[i].Analysis!));
        entries[3] = Rebuilt(3, a => a with { Published = null }, x => x, entries[3].Source);
        entries[4] = Rebuilt(4, a => a with { Source = null }, x => x, null);
        entries[5] = Rebuilt(5, a => a with { Language = null }, x => x, entries[5].Source);
        entries[6] = Rebuilt(6, a => a, x => x with { Spans = [.. x.Spans.Select((s, k) => k == 0 ? s with { Technique = "Made_Up_Technique" } : s)] }, entries[6].Source);
        entries[7] = Rebuilt(7, a => a, x => x with { Frames = [] }, entries[7].Source);
        entries[8] = Rebuilt(8, a => a, x => x with { Spans = [] }, entries[8].Source);
        for (var i = 9; i < 90; i += 9)
        {
            entries[i] = Rebuilt(i, a => a, x => x with { Spans = [.. x.Spans.Select((s, k) => s with { Score = GridScores[(i + k) % GridScores.Length] })] }, entries[i].Source);
        }

        return entries;
    }

    private static async Task<(TestStore Test, SqlCorpusStore Store)> FilledAsync(string kind)
    {
        var test = await TestStore.CreateAsync(kind);
        var store = (SqlCorpusStore)await test.OpenAsync();
        await store.UpsertSourcesAsync([new SourceRecord(SyntheticCorpus.Sources[2], "Outlet Three", null, "en", null, [])]);
        var entries = Entries();
        // Two transactions, so the second adds to cells the first created.
        await store.SaveAsync(entries[..40]);
        await store.SaveAsync(entries[40..]);
        return (test, store);
    }

    private static async Task AssertSameAsScanAsync(SqlCorpusStore store)
    {
        var compared = 0;
        foreach (var filter in Filters)
        {
            foreach (var by in Enum.GetValues<StatsDimension>())
            {
                if (!Internal.StatsCells.Parts(by, filter).Any(p => p.From != Internal.StatsPart.Scan))
                {
                    continue;
                }

                var scanned = await store.StatsAsync(by, filter, fromRollUp: false, CancellationToken.None);
                var rolledUp = await store.StatsAsync(by, filter, fromRollUp: true, CancellationToken.None);
                Assert.True(scanned.SequenceEqual(rolledUp), $"--by {by} {filter}: {Difference(scanned, rolledUp)}");
                compared += scanned.Count;
            }
        }

        Assert.True(compared > 2000, $"only {compared} rows compared");
    }

    private static bool StatsCellsAnswers(StatsDimension by, CorpusFilter filter) => Internal.StatsCells.Answers(by, filter);

    private static string Difference(IReadOnlyList<StatsRow> scanned, IReadOnlyList<StatsRow> rolledUp)
    {
        var first = scanned.Zip(rolledUp).FirstOrDefault(p => p.First != p.Second);
        return $"{scanned.Count} vs {rolledUp.Count} rows; first difference: {first.First} vs {first.Second}";
    }

    [Theory]
    [MemberData(nameof(TestStore.Kinds), MemberType = typeof(TestStore))]
    public async Task Given_saved_entries_When_stats_from_the_roll_up_Then_every_row_equals_the_span_scan(string kind)
    {
        var (test, store) = await FilledAsync(kind);
        await using var _ = test;
        await using var __ = store;

        await AssertSameAsScanAsync(store);
        Assert.Contains(await store.StatsAsync(StatsDimension.Technique, new CorpusFilter { Technique = "Made_Up_Technique" }), r => r.Spans == 1);
    }

    [Theory]
    [MemberData(nameof(TestStore.Kinds), MemberType = typeof(TestStore))]
    public async Task Given_articles_analysed_again_by_a_new_model_When_stats_from_the_roll_up_Then_only_the_new_analyses_count_as_in_the_scan(string kind)
    {
        var (test, store) = await FilledAsync(kind);
        await using var _ = test;
        await using var __ = store;
        var entries = Entries();
        var ids = (await store.ArticleTechniquesAsync(CorpusFilter.None)).Select(a => a.ArticleId).Order().ToList();
        var before = await store.StatsAsync(StatsDimension.Genre, CorpusFilter.None);

        // Every third article: another genre, a frame fewer, the first span dropped and the rest in the author's voice.
        for (var i = 0; i < ids.Count; i += 3)
        {
            var old = entries[i].Analysis!;
            var genre = Labels.Genres[(Labels.Genres.ToList().IndexOf(old.Genre.Label) + 1) % Labels.Genres.Count];
            var again = old with
            {
                Model = "synthetic/2",
                Genre = new GenreResult(genre, [new ScoredLabel(genre, 0.7)]),
                Frames = [.. old.Frames.Skip(1)],
                Spans = [.. old.Spans.Skip(1).Select(s => s with { Voice = Voice.Author })],
            };
            Assert.True(await store.AddAnalysisAsync(ids[i], again));
        }

        Assert.NotEqual(before, await store.StatsAsync(StatsDimension.Genre, CorpusFilter.None));
        await AssertSameAsScanAsync(store);
    }

    [Theory]
    [MemberData(nameof(TestStore.Kinds), MemberType = typeof(TestStore))]
    public async Task Given_queued_articles_completed_by_a_worker_When_stats_from_the_roll_up_Then_they_count_as_in_the_scan(string kind)
    {
        var (test, store) = await FilledAsync(kind);
        await using var _ = test;
        await using var __ = store;
        var queued = Enumerable.Range(500, 12).Select(i => SyntheticCorpus.Entry(i, seed: 77)).ToList();
        await store.SaveAsync([.. queued.Select(e => e with { Analysis = null })]);
        var claimed = await store.ClaimAsync("test", 20, TimeSpan.FromMinutes(5));
        Assert.Equal(12, claimed.Count);

        foreach (var article in claimed)
        {
            var entry = queued.Single(e => e.Article.Id == article.Article.Id);
            Assert.True(await store.CompleteAsync(article.ArticleId, entry.Analysis!));
        }

        Assert.Equal(102, (await store.StatsAsync(StatsDimension.Technique, CorpusFilter.None))[0].Articles);
        await AssertSameAsScanAsync(store);
    }

    [Theory]
    [MemberData(nameof(TestStore.Kinds), MemberType = typeof(TestStore))]
    public async Task Given_rows_stored_before_voices_and_flags_When_the_roll_up_is_rebuilt_as_migration_4_does_Then_it_equals_the_span_scan(string kind)
    {
        var (test, store) = await FilledAsync(kind);
        await using var _ = test;
        await using var __ = store;
        await test.ScalarAsync("UPDATE spans SET voice = NULL WHERE analysis_id % 2 = 0");
        await test.ScalarAsync("UPDATE analyses SET action_flag = NULL, author_calls = NULL WHERE id % 3 = 0");

        await store.RebuildStatsAsync();

        await AssertSameAsScanAsync(store);
        Assert.Contains(await store.StatsAsync(StatsDimension.Source, CorpusFilter.None), r => r.ArticlesFlagUnknown > 0);
    }

    [Theory]
    [MemberData(nameof(TestStore.Kinds), MemberType = typeof(TestStore))]
    public async Task Given_a_frame_with_a_threshold_When_stats_are_scanned_from_the_frame_Then_they_count_what_the_entries_hold(string kind)
    {
        // The roll-up cannot answer these (the threshold applies to the frame's own score), so the reference is the
        // entries themselves: the articles whose frame reaches the threshold, and their spans that reach it.
        var (test, store) = await FilledAsync(kind);
        await using var _ = test;
        await using var __ = store;
        var entries = Entries();
        foreach (var (frame, min) in new[] { (Labels.Frames[0], 0.6), (Labels.Frames[1], 0.35), (Labels.Frames[2], 0.625), (Labels.Frames[3], 0.05) })
        {
            var matching = entries.Where(e => e.Analysis!.Frames.Any(f => f.Label == frame && f.Score >= min)).ToList();
            Assert.NotEmpty(matching);
            Assert.True(matching.Count < entries.Count(e => e.Analysis!.Frames.Any(f => f.Label == frame)) || min <= 0.05, $"{frame} >= {min}: no article below it");
            var rows = await store.StatsAsync(StatsDimension.Technique, new CorpusFilter { Frame = frame, MinConfidence = min });
            foreach (var technique in Labels.TechniqueLabels)
            {
                var found = matching.Select(e => e.Analysis!.Spans.Count(s => s.Technique == technique && s.Score >= min)).ToList();
                var row = Assert.Single(rows, r => r.Technique == technique);
                Assert.Equal((matching.Count, found.Sum(), found.Count(n => n > 0)), (row.Articles, row.Spans, row.ArticlesWithTechnique));
            }
        }
    }

    [Fact]
    public void Given_filters_the_roll_up_cannot_answer_When_asked_Then_it_declines_and_the_scan_answers()
    {
        Assert.False(StatsCellsAnswers(StatsDimension.Source, new CorpusFilter { MinConfidence = 0.62 })); // two parts: steps and band
        Assert.True(StatsCellsAnswers(StatsDimension.Week, new CorpusFilter { MinConfidence = 0.6 }));
        Assert.True(StatsCellsAnswers(StatsDimension.Week, new CorpusFilter { MinConfidence = 0.62 })); // the fine steps by week alone
        Assert.False(StatsCellsAnswers(StatsDimension.Week, new CorpusFilter { MinConfidence = 0.625 })); // fine steps and band
        Assert.True(StatsCellsAnswers(StatsDimension.Frame, new CorpusFilter { MinConfidence = 0.6 }));
        Assert.False(StatsCellsAnswers(StatsDimension.Frame, new CorpusFilter { MinConfidence = 0.62 })); // two parts: steps and fine steps
        Assert.True(StatsCellsAnswers(StatsDimension.Frame, new CorpusFilter { MinConfidence = 0.6, Source = SyntheticCorpus.Sources[0] })); // keyed by source, no month
        Assert.False(StatsCellsAnswers(StatsDimension.Frame, new CorpusFilter { MinConfidence = 0.6, Genre = "opinion", To = new DateOnly(2025, 6, 30) })); // no month with genre
        Assert.False(StatsCellsAnswers(StatsDimension.Frame, new CorpusFilter { MinConfidence = 0.62, Language = "en" })); // no fine steps with language
        Assert.False(StatsCellsAnswers(StatsDimension.Source, new CorpusFilter { MinConfidence = 0.6, Frame = Labels.Frames[0] })); // the frame's own score
        Assert.False(StatsCellsAnswers(StatsDimension.Frame, new CorpusFilter { MinConfidence = 0.6, Frame = Labels.Frames[0] }));
        Assert.False(StatsCellsAnswers(StatsDimension.Source, new CorpusFilter { From = new DateOnly(2025, 3, 2) }));
        Assert.False(StatsCellsAnswers(StatsDimension.Source, new CorpusFilter { To = new DateOnly(2025, 3, 30) }));
        Assert.True(StatsCellsAnswers(StatsDimension.Frame, new CorpusFilter { Frame = Labels.Frames[0], Technique = Loaded, Voice = VoiceFilter.Quoted }));
        Assert.False(StatsCellsAnswers(StatsDimension.Frame, new CorpusFilter { Frame = Labels.Frames[0], Genre = "opinion" })); // no genre in the pairs' key
        Assert.True(StatsCellsAnswers(StatsDimension.Week, new CorpusFilter { Frame = Labels.Frames[0] }));
        Assert.False(StatsCellsAnswers(StatsDimension.Source, new CorpusFilter { MinConfidence = 0.625 })); // steps, fine steps and band
        Assert.False(StatsCellsAnswers(StatsDimension.Source, new CorpusFilter { Language = string.Empty }));
        Assert.True(StatsCellsAnswers(StatsDimension.Week, new CorpusFilter { From = new DateOnly(2024, 2, 1), To = new DateOnly(2024, 2, 29), Voice = VoiceFilter.Author }));
        Assert.True(StatsCellsAnswers(StatsDimension.Frame, new CorpusFilter { MinConfidence = 0 }));
        Assert.True(StatsCellsAnswers(StatsDimension.Month, new CorpusFilter { MinConfidence = 0.6, Technique = Loaded, From = new DateOnly(2024, 2, 1) }));
    }

    [Theory]
    [InlineData(0.6, 12)]
    [InlineData(0.35, 7)]
    [InlineData(0.05, 1)]
    [InlineData(1.0, 20)]
    [InlineData(0.62, null)]
    [InlineData(0.1 + 0.2, null)]
    [InlineData(0.001, null)]
    public void Given_a_threshold_When_its_score_step_is_asked_Then_only_values_on_the_grid_have_one(double threshold, int? step) =>
        Assert.Equal(step, Internal.StatsCells.Step(threshold));

    [Theory]
    [InlineData(0.62, 62)]
    [InlineData(0.29, 29)]
    [InlineData(0.57, 57)]
    [InlineData(0.6, 60)]
    [InlineData(1.0, 100)]
    [InlineData(0.625, null)]
    [InlineData(0.1 + 0.2, null)]
    public void Given_a_threshold_When_its_fine_step_is_asked_Then_only_values_on_the_fine_grid_have_one(double threshold, int? step) =>
        Assert.Equal(step, Internal.StatsCells.FineStep(threshold));

    [Fact]
    public void Given_dates_off_month_bounds_When_cut_into_parts_Then_whole_months_come_from_the_roll_up_and_the_days_around_them_from_the_scan()
    {
        static string Show(IReadOnlyList<(CorpusFilter Filter, Internal.StatsPart From)> parts) =>
            string.Join(" + ", parts.Select(p => $"{p.From.ToString().ToLowerInvariant()} {p.Filter.From:MM-dd}..{p.Filter.To:MM-dd}"
                + (p.Filter.MinConfidence is { } min ? string.Create(CultureInfo.InvariantCulture, $" >= {min}") : string.Empty)));

        Assert.Equal("cells 04-01..05-31 + scan 03-15..03-16 + weekcells 03-17..03-31 + weekcells 06-01..06-08 + scan 06-09..06-10",
            Show(Internal.StatsCells.Parts(StatsDimension.Week, new CorpusFilter { From = new DateOnly(2025, 3, 15), To = new DateOnly(2025, 6, 10) })));
        Assert.Equal("cells 03-01.. + weekcells 02-10..02-28",
            Show(Internal.StatsCells.Parts(StatsDimension.Source, new CorpusFilter { From = new DateOnly(2025, 2, 10) })));
        Assert.Equal("cells ..02-28", Show(Internal.StatsCells.Parts(StatsDimension.Source, new CorpusFilter { To = new DateOnly(2025, 2, 28) })));
        Assert.Equal("cells ..01-31 + weekcells 02-01..02-23 + scan 02-24..02-27", Show(Internal.StatsCells.Parts(StatsDimension.Source, new CorpusFilter { To = new DateOnly(2025, 2, 27) })));
        Assert.Equal("cells ..02-29", Show(Internal.StatsCells.Parts(StatsDimension.Month, new CorpusFilter { To = new DateOnly(2024, 2, 29) })));
        Assert.Equal("scan 04-03..04-06 + weekcells 04-07..04-20", Show(Internal.StatsCells.Parts(StatsDimension.Month, new CorpusFilter { From = new DateOnly(2025, 4, 3), To = new DateOnly(2025, 4, 20) })));
        Assert.Equal("scan 03-15..03-16 + weekcells 03-17..03-31 + weekcells 04-01..04-06 + scan 04-07..04-10", Show(Internal.StatsCells.Parts(StatsDimension.Month, new CorpusFilter { From = new DateOnly(2025, 3, 15), To = new DateOnly(2025, 4, 10) })));
        Assert.Equal("cells 04-01.. + scan 03-15..03-16 + weekcells 03-17..03-31", Show(Internal.StatsCells.Parts(StatsDimension.Week, new CorpusFilter { From = new DateOnly(2025, 3, 15), Frame = Labels.Frames[0] })));
        // The frame-pair and frame score-step cells keep no week: the partial month's days come from the scan.
        Assert.Equal("cells 04-01.. + scan 03-15..03-31", Show(Internal.StatsCells.Parts(StatsDimension.Frame, new CorpusFilter { From = new DateOnly(2025, 3, 15), Frame = Labels.Frames[0] })));
        Assert.Equal("cells 04-01.. >= 0.6 + scan 03-15..03-31 >= 0.6",
            Show(Internal.StatsCells.Parts(StatsDimension.Frame, new CorpusFilter { From = new DateOnly(2025, 3, 15), MinConfidence = 0.6 })));

        Assert.Equal("cells 04-01.. >= 0.65 + finecells 04-01.. >= 0.62 + scan 03-15..03-31 >= 0.62",
            Show(Internal.StatsCells.Parts(StatsDimension.Source, new CorpusFilter { From = new DateOnly(2025, 3, 15), MinConfidence = 0.62 })));
        Assert.Equal("cells .. >= 0.65 + finecells .. >= 0.63 + band .. >= 0.625",
            Show(Internal.StatsCells.Parts(StatsDimension.Source, new CorpusFilter { MinConfidence = 0.625 })));
        Assert.Equal("cells .. >= 0.65 + band .. >= 0.645", Show(Internal.StatsCells.Parts(StatsDimension.Source, new CorpusFilter { MinConfidence = 0.645 })));
        // By week without source, language and genre the fine steps by week answer a threshold on the 0.01 grid alone.
        Assert.Equal("cells .. >= 0.62", Show(Internal.StatsCells.Parts(StatsDimension.Week, new CorpusFilter { MinConfidence = 0.62 })));
        Assert.Equal("cells .. >= 0.63 + band .. >= 0.625", Show(Internal.StatsCells.Parts(StatsDimension.Week, new CorpusFilter { MinConfidence = 0.625 })));
        Assert.Equal("cells .. >= 0.65 + finecells .. >= 0.63 + band .. >= 0.625", Show(Internal.StatsCells.Parts(StatsDimension.Frame, new CorpusFilter { MinConfidence = 0.625 })));
        // The fine steps by week and by frame keep no source, language or genre: with one, a threshold off the 0.05
        // grid is scanned (by week on the grid, the score-week cells have them).
        Assert.Equal("scan .. >= 0.62", Show(Internal.StatsCells.Parts(StatsDimension.Week, new CorpusFilter { MinConfidence = 0.62, Genre = "opinion" })));
        Assert.Equal("cells .. >= 0.6", Show(Internal.StatsCells.Parts(StatsDimension.Week, new CorpusFilter { MinConfidence = 0.6, Genre = "opinion" })));
        Assert.Equal("scan .. >= 0.625", Show(Internal.StatsCells.Parts(StatsDimension.Frame, new CorpusFilter { MinConfidence = 0.625, Language = "en" })));
        Assert.Equal("cells 04-01.. >= 0.62 + scan 03-15..03-16 >= 0.62 + weekcells 03-17..03-31 >= 0.62",
            Show(Internal.StatsCells.Parts(StatsDimension.Week, new CorpusFilter { From = new DateOnly(2025, 3, 15), MinConfidence = 0.62 })));
        Assert.Equal("cells 04-01.. >= 0.63 + band 04-01.. >= 0.625 + scan 03-15..03-31 >= 0.625",
            Show(Internal.StatsCells.Parts(StatsDimension.Week, new CorpusFilter { From = new DateOnly(2025, 3, 15), MinConfidence = 0.625 })));
        Assert.Equal("cells 04-01.. >= 0.6 + scan 03-15..03-16 >= 0.6 + weekcells 03-17..03-31 >= 0.6",
            Show(Internal.StatsCells.Parts(StatsDimension.Week, new CorpusFilter { From = new DateOnly(2025, 3, 15), MinConfidence = 0.6 })));
    }

    [Theory]
    [InlineData(0.62, 0.65)]
    [InlineData(0.6000001, 0.65)]
    [InlineData(0.5999999, 0.6)]
    [InlineData(0.001, 0.05)]
    [InlineData(0.97, 1.0)]
    public void Given_a_threshold_off_the_grid_When_its_band_is_asked_Then_it_reaches_the_next_grid_point(double threshold, double top)
    {
        Assert.Equal(top, Internal.StatsCells.BandTop(threshold));
        Assert.NotNull(Internal.StatsCells.Step(Internal.StatsCells.BandTop(threshold)));
    }

    // What each migration of the roll-up after version 5 adds, dropped to put a corpus back to the version before it.
    private static readonly Dictionary<int, string> AddedBy = new()
    {
        [6] = "DROP TABLE stats_score_cells;",
        [7] = "DROP TABLE stats_frame_week_cells; DROP TABLE stats_fine_score_cells; DROP TABLE stats_score_week_cells;",
        [8] = "DROP TABLE stats_frame_pair_cells; DROP TABLE stats_frame_score_cells; DROP INDEX articles_stats;",
        [9] = "DROP TABLE stats_fine_score_week_cells; DROP TABLE stats_fine_frame_score_cells;",
        [10] = "DROP TABLE stats_frame_score_key_cells;",
    };

    // A filled corpus put back to the version before the first of the migrations given, then migrated: those are
    // applied, the tables named are back-filled, and the roll-up answers as the scan.
    private static async Task AssertMigratedAsync(string kind, int[] migrations, params string[] backFilled)
    {
        var (test, store) = await FilledAsync(kind);
        await using var _ = test;
        await using var __ = store;
        await test.ScalarAsync(string.Join(" ", migrations.Select(v => AddedBy[v]))
            + $" DELETE FROM schema_version WHERE version IN ({string.Join(", ", migrations)})");

        Assert.Equal(migrations, await store.MigrateAsync());

        foreach (var table in backFilled)
        {
            Assert.True(await test.ScalarAsync($"SELECT COUNT(*) FROM {table}") > 0, table);
        }

        await AssertSameAsScanAsync(store);
    }

    [Theory]
    [MemberData(nameof(TestStore.Kinds), MemberType = typeof(TestStore))]
    public Task Given_a_corpus_at_version_5_When_migrated_Then_the_score_steps_are_back_filled_and_answer_as_the_scan(string kind) =>
        AssertMigratedAsync(kind, [6, 7, 8, 9, 10]);

    [Theory]
    [MemberData(nameof(TestStore.Kinds), MemberType = typeof(TestStore))]
    public Task Given_a_corpus_at_version_6_When_migrated_Then_the_frame_weeks_and_fine_steps_are_back_filled_and_answer_as_the_scan(string kind) =>
        AssertMigratedAsync(kind, [7, 8, 9, 10], "stats_fine_score_cells", "stats_frame_week_cells", "stats_score_week_cells");

    [Theory]
    [MemberData(nameof(TestStore.Kinds), MemberType = typeof(TestStore))]
    public Task Given_a_corpus_at_version_8_When_migrated_Then_the_fine_steps_by_week_and_frame_are_back_filled_and_answer_as_the_scan(string kind) =>
        AssertMigratedAsync(kind, [9, 10], "stats_fine_score_week_cells", "stats_fine_frame_score_cells");

    [Theory]
    [MemberData(nameof(TestStore.Kinds), MemberType = typeof(TestStore))]
    public async Task Given_a_corpus_at_version_9_When_migrated_Then_the_frame_score_steps_by_source_language_and_genre_are_back_filled_and_answer_as_the_scan(string kind)
    {
        Assert.True(Internal.StatsCells.Answers(StatsDimension.Frame, new CorpusFilter { MinConfidence = 0.6, Source = SyntheticCorpus.Sources[0] }));
        await AssertMigratedAsync(kind, [10], "stats_frame_score_key_cells");
    }

    [Theory]
    [InlineData(0.625, 0.63)]
    [InlineData(0.6099999, 0.61)]
    [InlineData(0.29, 0.3)]
    [InlineData(0.2875, 0.29)]
    [InlineData(0.0001, 0.01)]
    [InlineData(0.999, 1.0)]
    public void Given_a_threshold_off_the_fine_grid_When_its_band_is_asked_Then_it_reaches_the_next_fine_grid_point(double threshold, double top)
    {
        Assert.Equal(top, Internal.StatsCells.FineTop(threshold));
        Assert.NotNull(Internal.StatsCells.FineStep(Internal.StatsCells.FineTop(threshold)));
    }
}
