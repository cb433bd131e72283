using Lantern.Store.Synthetic;

namespace Lantern.Store.Tests;

/// <summary>
/// <see cref="ICorpusStore.BulkSaveAsync"/> (prepared statements in SQLite, binary COPY in PostgreSQL) stores exactly
/// what <see cref="ICorpusStore.SaveAsync"/> stores: the same articles, analyses, spans, search hits and statistics.
/// </summary>
public sealed class BulkSaveTests
{
    private static List<CorpusEntry> Entries() => [.. Enumerable.Range(0, 70).Select(i => SyntheticCorpus.Entry(i, seed: 91, dimensions: i % 5 == 0 ? 8 : 0))];

    [Theory]
    [MemberData(nameof(TestStore.Kinds), MemberType = typeof(TestStore))]
    public async Task Given_entries_When_bulk_saved_Then_everything_read_back_equals_what_save_stores(string kind)
    {
        var entries = Entries();
        await using var saved = await TestStore.CreateAsync(kind);
        await using var bulk = await TestStore.CreateAsync(kind);
        await using var one = (SqlCorpusStore)await saved.OpenAsync();
        await using var other = (SqlCorpusStore)await bulk.OpenAsync();
        await one.SaveAsync(entries);

        var first = await other.BulkSaveAsync(entries[..30]);
        var second = await other.BulkSaveAsync(entries[20..]);

        Assert.Equal(new SaveResult(30, 0, 0), first);
        Assert.Equal(new SaveResult(40, 10, 0), second);
        Assert.Equal(await one.CountsAsync(), await other.CountsAsync());
        Assert.Equal(await saved.ScalarAsync("SELECT COUNT(*) FROM embeddings"), await bulk.ScalarAsync("SELECT COUNT(*) FROM embeddings"));
        for (var id = 1L; id <= entries.Count; id++)
        {
            var expected = (await one.ArticleAsync(id))!;
            var actual = (await other.ArticleAsync(id))!;
            Assert.Equal(expected.ExternalId, actual.ExternalId);
            Assert.Equal(expected.Published, actual.Published);
            Assert.Equal(expected.Text, actual.Text);
            Assert.Equal(expected.Analysis!.Spans, actual.Analysis!.Spans);
            Assert.Equal(expected.Analysis.Frames, actual.Analysis.Frames);
            Assert.Equal(expected.Analysis.Paragraphs.Select(p => (p.Index, p.Start, p.Length, string.Join(",", p.Techniques))),
                actual.Analysis.Paragraphs.Select(p => (p.Index, p.Start, p.Length, string.Join(",", p.Techniques))));
            Assert.All(actual.Analysis.Spans, s => Assert.Equal(s.Text, actual.Text.Substring(s.Start, s.Length)));
        }

        foreach (var by in Enum.GetValues<StatsDimension>())
        {
            Assert.Equal(await one.StatsAsync(by, CorpusFilter.None), await other.StatsAsync(by, CorpusFilter.None));
            Assert.Equal(await other.StatsAsync(by, CorpusFilter.None, fromRollUp: false, CancellationToken.None), await other.StatsAsync(by, CorpusFilter.None));
        }

        var word = SyntheticCorpus.Word(300);
        var hits = await other.SearchAsync(word, CorpusFilter.None, 10);
        Assert.NotEmpty(hits);
        Assert.Equal(await one.SearchAsync(word, CorpusFilter.None, 10), hits, (x, y) => x.ArticleId == y.ArticleId && x.Snippet == y.Snippet);
        Assert.All(hits, h => Assert.Contains($"**{word}**", h.Snippet, StringComparison.Ordinal));
    }

    [Theory]
    [MemberData(nameof(TestStore.Kinds), MemberType = typeof(TestStore))]
    public async Task Given_an_entry_without_analysis_When_bulk_saved_Then_it_is_refused_and_nothing_is_stored(string kind)
    {
        await using var test = await TestStore.CreateAsync(kind);
        await using var store = await test.OpenAsync();
        var entries = Entries()[..3];

        await Assert.ThrowsAsync<ArgumentException>(() => store.BulkSaveAsync([entries[0], entries[1] with { Analysis = null }]));

        Assert.Equal(0, (await store.CountsAsync()).Articles);
    }
}
