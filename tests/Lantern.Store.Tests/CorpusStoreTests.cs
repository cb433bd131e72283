using Lantern.Analysis;
using Lantern.Store.Synthetic;
using Lantern.Taxonomy;

namespace Lantern.Store.Tests;

/// <summary>The store on its own, filled with constructed analyses (no model).</summary>
public sealed class CorpusStoreTests
{
    private static List<CorpusEntry> Entries(int count) => [.. Enumerable.Range(0, count).Select(i => SyntheticCorpus.Entry(i, seed: 42))];

    [Theory]
    [MemberData(nameof(TestStore.Kinds), MemberType = typeof(TestStore))]
    public async Task Given_entries_When_saved_twice_Then_the_second_save_finds_only_duplicates_and_changes_nothing(string kind)
    {
        await using var test = await TestStore.CreateAsync(kind);
        await using var store = await test.OpenAsync();
        var entries = Entries(30);

        var first = await store.SaveAsync(entries);
        var before = await store.CountsAsync();
        var second = await store.SaveAsync(entries);
        var after = await store.CountsAsync();

        Assert.Equal(new SaveResult(30, 0, 0), first);
        Assert.Equal(new SaveResult(0, 30, 0), second);
        Assert.Equal(before, after);
        Assert.Equal(30, after.Articles);
        Assert.Equal(30, after.Analyses);
        Assert.Equal(entries.Sum(e => e.Analysis!.Spans.Count), after.Spans);
    }

    [Theory]
    [MemberData(nameof(TestStore.Kinds), MemberType = typeof(TestStore))]
    public async Task Given_the_same_text_with_other_whitespace_When_saved_Then_it_is_a_duplicate(string kind)
    {
        await using var test = await TestStore.CreateAsync(kind);
        await using var store = await test.OpenAsync();
        var entry = Entries(1)[0];
        var rewrapped = entry.Article with { Id = "copy", Text = "  " + entry.Article.Text.Replace(" ", "  \n", StringComparison.Ordinal) + "\n\n" };

        await store.SaveAsync([entry]);
        var result = await store.SaveAsync([new CorpusEntry(rewrapped, "other.example", null)]);

        Assert.Equal(new SaveResult(0, 1, 0), result);
        Assert.Equal(0, (await store.CountsAsync()).Queued);
    }

    [Theory]
    [MemberData(nameof(TestStore.Kinds), MemberType = typeof(TestStore))]
    public async Task Given_stored_spans_When_read_back_Then_each_text_is_the_article_text_at_its_offsets(string kind)
    {
        await using var test = await TestStore.CreateAsync(kind);
        await using var store = await test.OpenAsync();
        var entries = Entries(20);
        await store.SaveAsync(entries);
        var byTitle = entries.ToDictionary(e => e.Article.Title!, e => e.Article.Text);

        var checkedSpans = 0;
        foreach (var technique in Labels.TechniqueLabels)
        {
            foreach (var span in await store.TopSpansAsync(technique, CorpusFilter.None, 1000))
            {
                Assert.Equal(technique, span.Technique);
                Assert.Equal(span.Text, new Text.TextSpan(span.Start, span.Length).Of(byTitle[span.Title!]));
                checkedSpans++;
            }
        }

        Assert.Equal(entries.Sum(e => e.Analysis!.Spans.Count), checkedSpans);
    }

    [Theory]
    [MemberData(nameof(TestStore.Kinds), MemberType = typeof(TestStore))]
    public async Task Given_an_analysed_article_When_a_new_model_analyses_it_Then_both_analyses_are_kept_and_the_new_one_counts(string kind)
    {
        await using var test = await TestStore.CreateAsync(kind);
        await using var store = await test.OpenAsync();
        var entry = Entries(1)[0];
        await store.SaveAsync([entry]);
        var id = await test.ScalarAsync("SELECT id FROM articles");
        var newer = entry.Analysis! with { Model = "synthetic/2", Spans = [entry.Analysis!.Spans[0]] };

        var added = await store.AddAnalysisAsync(id, newer);
        var again = await store.AddAnalysisAsync(id, newer);
        var stats = await store.StatsAsync(StatsDimension.Technique, CorpusFilter.None);

        Assert.True(added);
        Assert.False(again);
        Assert.Equal(2, await test.ScalarAsync("SELECT COUNT(*) FROM analyses"));
        Assert.Equal(1, stats.Sum(r => r.Spans));
        Assert.True(await store.HasAnalysisAsync(id, SyntheticCorpus.Model));
    }

    [Theory]
    [MemberData(nameof(TestStore.Kinds), MemberType = typeof(TestStore))]
    public async Task Given_entries_When_stats_by_source_Then_every_count_equals_the_one_computed_from_the_entries(string kind)
    {
        await using var test = await TestStore.CreateAsync(kind);
        await using var store = await test.OpenAsync();
        var entries = Entries(60);
        await store.SaveAsync(entries);

        var rows = await store.StatsAsync(StatsDimension.Source, CorpusFilter.None);

        foreach (var group in entries.GroupBy(e => e.Source!))
        {
            foreach (var technique in Labels.TechniqueLabels)
            {
                var row = Assert.Single(rows, r => r.Group == group.Key && r.Technique == technique);
                Assert.Equal(group.Count(), row.Articles);
                Assert.Equal(group.Sum(e => ContentHash.Words(e.Article.Text)), row.Words);
                Assert.Equal(group.Sum(e => e.Analysis!.Spans.Count(s => s.Technique == technique)), row.Spans);
                Assert.Equal(group.Count(e => e.Analysis!.Spans.Any(s => s.Technique == technique)), row.ArticlesWithTechnique);
            }
        }

        Assert.Equal(entries.Select(e => e.Source).Distinct().Count() * Labels.TechniqueLabels.Count, rows.Count);
    }

    [Theory]
    [MemberData(nameof(TestStore.Kinds), MemberType = typeof(TestStore))]
    public async Task Given_filters_When_stats_by_month_Then_only_the_matching_articles_count(string kind)
    {
        await using var test = await TestStore.CreateAsync(kind);
        await using var store = await test.OpenAsync();
        var entries = Entries(60);
        await store.SaveAsync(entries);
        var filter = new CorpusFilter { Genre = "opinion", Technique = "Doubt", From = new DateOnly(2025, 3, 1), To = new DateOnly(2025, 8, 31) };
        var expected = entries.Where(e => e.Analysis!.Genre.Label == "opinion" && e.Analysis.Spans.Any(s => s.Technique == "Doubt")
            && e.Article.Published!.Value.UtcDateTime >= new DateTime(2025, 3, 1) && e.Article.Published.Value.UtcDateTime < new DateTime(2025, 9, 1)).ToList();

        var rows = await store.StatsAsync(StatsDimension.Month, filter);

        Assert.NotEmpty(expected);
        Assert.All(rows, r => Assert.Equal("Doubt", r.Technique));
        Assert.Equal(expected.Count, rows.Sum(r => r.Articles));
        Assert.Equal(expected.Sum(e => e.Analysis!.Spans.Count(s => s.Technique == "Doubt")), rows.Sum(r => r.Spans));
        Assert.Equal(
            expected.Select(e => e.Article.Published!.Value.ToString("yyyy-MM", System.Globalization.CultureInfo.InvariantCulture)).Distinct().Order(),
            rows.Select(r => r.Group).Order());
    }

    [Theory]
    [MemberData(nameof(TestStore.Kinds), MemberType = typeof(TestStore))]
    public async Task Given_a_word_in_one_article_When_searched_Then_that_article_is_the_hit_with_the_word_highlighted_and_its_techniques(string kind)
    {
        await using var test = await TestStore.CreateAsync(kind);
        await using var store = await test.OpenAsync();
        var entries = Entries(10);
        var special = entries[3];
        var text = special.Article.Text.Replace("Synthetic report", "Zephyrine report", StringComparison.Ordinal);
        entries[3] = special with { Article = special.Article with { Text = text }, Analysis = special.Analysis! with { Text = text } };
        await store.SaveAsync(entries);

        var hits = await store.SearchAsync("zephyrine report", CorpusFilter.None, 10);
        var none = await store.SearchAsync("zephyrine", new CorpusFilter { Source = "nowhere.example" }, 10);

        var hit = Assert.Single(hits);
        Assert.Equal(special.Article.Id, hit.ExternalId);
        Assert.Contains("**Zephyrine**", hit.Snippet, StringComparison.Ordinal);
        var expected = special.Analysis!.Spans.GroupBy(s => s.Technique).Select(g => new TechniqueCount(g.Key, g.Count())).OrderBy(t => t.Technique, StringComparer.Ordinal);
        Assert.Equal(expected, hit.Techniques.OrderBy(t => t.Technique, StringComparer.Ordinal));
        Assert.Empty(none);
    }

    [Theory]
    [MemberData(nameof(TestStore.Kinds), MemberType = typeof(TestStore))]
    public async Task Given_queued_articles_When_two_workers_claim_at_once_Then_no_article_is_leased_twice_and_an_expired_lease_is_handed_out_again(string kind)
    {
        await using var test = await TestStore.CreateAsync(kind);
        await using var store = await test.OpenAsync();
        var entries = Entries(12).Select(e => e with { Analysis = null }).ToList();
        Assert.Equal(new SaveResult(12, 0, 12), await store.SaveAsync(entries));

        var claims = await Task.WhenAll(
            store.ClaimAsync("a", 5, TimeSpan.FromMinutes(5)),
            store.ClaimAsync("b", 5, TimeSpan.FromMinutes(5)));
        var shortLease = await store.ClaimAsync("c", 2, TimeSpan.FromMilliseconds(1));
        await Task.Delay(50);
        var retaken = await store.ClaimAsync("d", 10, TimeSpan.FromMinutes(5));

        var leased = claims.SelectMany(c => c.Select(q => q.ArticleId)).ToList();
        Assert.Equal(10, leased.Count);
        Assert.Equal(10, leased.Distinct().Count());
        Assert.Equal(2, shortLease.Count);
        Assert.Empty(leased.Intersect(shortLease.Select(q => q.ArticleId)));
        Assert.Equal(shortLease.Select(q => q.ArticleId).Order(), retaken.Select(q => q.ArticleId).Order());
        Assert.Equal(entries.Select(e => e.Article.Text).Order(), claims.SelectMany(c => c).Concat(shortLease).Select(q => q.Article.Text).Order());
    }

    [Theory]
    [MemberData(nameof(TestStore.Kinds), MemberType = typeof(TestStore))]
    public async Task Given_a_leased_article_When_completed_twice_Then_one_analysis_is_stored_and_it_leaves_the_queue(string kind)
    {
        await using var test = await TestStore.CreateAsync(kind);
        await using var store = await test.OpenAsync();
        var entry = Entries(1)[0];
        await store.SaveAsync([entry with { Analysis = null }]);
        var claimed = Assert.Single(await store.ClaimAsync("w", 5, TimeSpan.FromMinutes(1)));

        var first = await store.CompleteAsync(claimed.ArticleId, entry.Analysis!);
        var second = await store.CompleteAsync(claimed.ArticleId, entry.Analysis!);

        Assert.True(first);
        Assert.False(second);
        Assert.Equal(1, await test.ScalarAsync("SELECT COUNT(*) FROM analyses"));
        Assert.Equal(0, (await store.CountsAsync()).Queued);
        Assert.Equal(claimed.Article.Title, entry.Article.Title);
        Assert.Equal(claimed.Article.Published, entry.Article.Published);
    }
}
