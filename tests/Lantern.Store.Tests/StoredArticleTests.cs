using Lantern.Articles;
using Lantern.Store.Synthetic;

namespace Lantern.Store.Tests;

/// <summary><see cref="ICorpusStore.ArticleAsync"/>: a stored article read back with its current analysis.</summary>
public sealed class StoredArticleTests
{
    [Theory]
    [MemberData(nameof(TestStore.Kinds), MemberType = typeof(TestStore))]
    public async Task Given_a_saved_analysed_article_When_read_by_id_Then_its_text_spans_frames_and_paragraph_labels_come_back(string kind)
    {
        await using var test = await TestStore.CreateAsync(kind);
        await using var store = await test.OpenAsync();
        var entries = Enumerable.Range(0, 5).Select(i => SyntheticCorpus.Entry(i, seed: 3)).ToList();
        await store.SaveAsync(entries);
        var id = (await store.SearchAsync("ref-3-2", CorpusFilter.None, 5)).Single().ArticleId;

        var stored = await store.ArticleAsync(id);

        var entry = entries[2];
        Assert.NotNull(stored);
        Assert.Equal(entry.Article.Text, stored.Text);
        Assert.Equal(entry.Article.Title, stored.Title);
        Assert.Equal(entry.Source, stored.Source);
        Assert.Equal(entry.Article.Published, stored.Published);
        var analysis = Assert.IsType<Analysis.ArticleAnalysis>(stored.Analysis);
        Assert.Equal(entry.Analysis!.Model, analysis.Model);
        Assert.Equal(entry.Analysis.Genre.Label, analysis.Genre.Label);
        Assert.Equal(entry.Analysis.Frames.Select(f => f.Label).Order(), analysis.Frames.Select(f => f.Label).Order());
        Assert.Equal(entry.Analysis.Spans.Select(s => (s.Technique, s.Start, s.Length, s.Text)).Order(), analysis.Spans.Select(s => (s.Technique, s.Start, s.Length, s.Text)).Order());
        Assert.All(analysis.Spans, s => Assert.Equal(s.Text, s.Span.Of(stored.Text)));
        Assert.Equal(
            entry.Analysis.Paragraphs.Where(p => p.Techniques.Count > 0).Select(p => (p.Index, p.Start, p.Length, string.Join(',', p.Techniques.Select(t => t.Label).Order()))),
            analysis.Paragraphs.Select(p => (p.Index, p.Start, p.Length, string.Join(',', p.Techniques.Select(t => t.Label).Order()))));
    }

    [Theory]
    [MemberData(nameof(TestStore.Kinds), MemberType = typeof(TestStore))]
    public async Task Given_a_queued_article_or_an_unknown_id_When_read_Then_no_analysis_or_null(string kind)
    {
        await using var test = await TestStore.CreateAsync(kind);
        await using var store = await test.OpenAsync();
        var article = new Article { Id = "queued", Text = "Queued title\n\nA paragraph about the harbour waiting for its analysis.\n", Title = "Queued title" };
        await store.SaveAsync([new CorpusEntry(article, "queue.example", null)]);
        var id = (await store.ClaimAsync("peek", 1, TimeSpan.FromSeconds(1))).Single().ArticleId;

        var stored = await store.ArticleAsync(id);

        Assert.NotNull(stored);
        Assert.Null(stored.Analysis);
        Assert.Equal(article.Text, stored.Text);
        Assert.Null(await store.ArticleAsync(id + 1000));
    }
}
