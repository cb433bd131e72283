using Lantern.Analysis;
using Lantern.Analysis.Embeddings;
using Lantern.Analysis.Explanations;
using Lantern.Store.Synthetic;

namespace Lantern.Store.Tests;

/// <summary>
/// Passage vectors stored with analyses and <see cref="ICorpusStore.SimilarPassagesAsync"/>: nearest passages of the
/// same kind and technique, one per article, without the explained article, with their exact text.
/// </summary>
public sealed class SimilarPassagesTests
{
    private const int Dimension = 64;
    private const string Technique = "Loaded_Language";

    [Theory]
    [MemberData(nameof(TestStore.Kinds), MemberType = typeof(TestStore))]
    public async Task Given_stored_vectors_When_a_span_is_queried_Then_the_nearest_articles_come_best_first_with_their_exact_text(string kind)
    {
        await using var test = await TestStore.CreateAsync(kind);
        await using var store = await test.OpenAsync();
        var entries = await SaveAsync(store, 4);

        var found = (await store.SimilarPassagesAsync([new PassageQuery(PassageKind.Span, Technique, Basis(2))], new SimilarOptions { Count = 3 })).Single();

        Assert.Equal(3, found.Count);
        Assert.Equal(entries[2].Id, found[0].ArticleId);
        Assert.Equal(entries[2].Entry.Analysis!.Spans[0].Text, found[0].Text);
        Assert.Equal(1 / Math.Sqrt(1.25), found[0].Similarity, 2);
        Assert.Equal(found.OrderByDescending(f => f.Similarity).Select(f => f.ArticleId), found.Select(f => f.ArticleId));
        Assert.Equal(found.Count, found.Select(f => f.ArticleId).Distinct().Count());
        foreach (var passage in found)
        {
            var entry = entries.Single(e => e.Id == passage.ArticleId);
            Assert.Contains((passage.Start, passage.Length, passage.Text), entry.Entry.Analysis!.Spans.Select(s => (s.Start, s.Length, s.Text)));
            Assert.Equal(passage.Text, entry.Entry.Article.Text.Substring(passage.Start, passage.Length));
            Assert.Equal((entry.Entry.Article.Title, entry.Entry.Source, Technique), (passage.Title, passage.Source, passage.Technique));
        }
    }

    [Theory]
    [MemberData(nameof(TestStore.Kinds), MemberType = typeof(TestStore))]
    public async Task Given_the_explained_article_in_the_corpus_When_excluded_by_id_or_by_hash_Then_it_is_never_its_own_neighbour(string kind)
    {
        await using var test = await TestStore.CreateAsync(kind);
        await using var store = await test.OpenAsync();
        var entries = await SaveAsync(store, 4);
        PassageQuery[] query = [new PassageQuery(PassageKind.Span, Technique, Basis(1))];

        var byId = (await store.SimilarPassagesAsync(query, new SimilarOptions { Count = 10, ExcludeArticleId = entries[1].Id })).Single();
        var byHash = (await store.SimilarPassagesAsync(query, new SimilarOptions { Count = 10, ExcludeContentHash = entries[1].Entry.Hash })).Single();

        Assert.Equal(3, byId.Count);
        Assert.DoesNotContain(byId, p => p.ArticleId == entries[1].Id);
        Assert.Equal(byId.Select(p => p.ArticleId), byHash.Select(p => p.ArticleId));
    }

    [Theory]
    [MemberData(nameof(TestStore.Kinds), MemberType = typeof(TestStore))]
    public async Task Given_span_and_paragraph_vectors_When_queried_Then_only_the_same_kind_and_technique_are_compared(string kind)
    {
        await using var test = await TestStore.CreateAsync(kind);
        await using var store = await test.OpenAsync();
        var entries = await SaveAsync(store, 3);

        var found = await store.SimilarPassagesAsync(
            [
                new PassageQuery(PassageKind.Paragraph, Technique, Basis(0)),
                new PassageQuery(PassageKind.Span, "Doubt", Basis(0)),
                new PassageQuery(PassageKind.Span, Technique, Basis(0)),
            ],
            new SimilarOptions { Count = 2 });

        var paragraph = found[0][0];
        var stored = entries[0].Entry.Analysis!.Paragraphs[0];
        Assert.Equal((entries[0].Id, stored.Start, stored.Length), (paragraph.ArticleId, paragraph.Start, paragraph.Length));
        Assert.Equal(1.0, paragraph.Similarity, 2);
        Assert.Empty(found[1]);
        Assert.Equal(entries[0].Id, found[2][0].ArticleId);
        Assert.Equal(entries[0].Entry.Analysis!.Spans[0].Text, found[2][0].Text);
    }

    [Theory]
    [MemberData(nameof(TestStore.Kinds), MemberType = typeof(TestStore))]
    public async Task Given_random_vectors_When_stored_as_int8_Then_the_cosine_is_within_a_hundredth_of_the_exact_one(string kind)
    {
        await using var test = await TestStore.CreateAsync(kind);
        await using var store = await test.OpenAsync();
        var entries = Enumerable.Range(0, 20).Select(i => SyntheticCorpus.Entry(i, seed: 5, dimensions: 384)).ToList();
        await store.SaveAsync(entries);
        var query = entries[0].Analysis!.Embeddings[0];

        var found = (await store.SimilarPassagesAsync([new PassageQuery(query.Kind, query.Technique, query.Vector)], new SimilarOptions { Count = 20 })).Single();

        Assert.NotEmpty(found);
        Assert.Equal(1.0, found[0].Similarity, 2);
        foreach (var passage in found)
        {
            var exact = entries.SelectMany(e => e.Analysis!.Embeddings.Where(v => v.Kind == query.Kind && v.Technique == query.Technique
                && e.Article.Text.Substring(v.Start, v.Length) == passage.Text && v.Start == passage.Start))
                .Max(v => v.Vector.Zip(query.Vector, (a, b) => (double)a * b).Sum());
            Assert.True(Math.Abs(exact - passage.Similarity) < 0.01, $"stored {passage.Similarity}, exact {exact}");
        }
    }

    [Theory]
    [MemberData(nameof(TestStore.Kinds), MemberType = typeof(TestStore))]
    public async Task Given_analyses_without_vectors_When_queried_Then_nothing_is_found_and_nothing_fails(string kind)
    {
        await using var test = await TestStore.CreateAsync(kind);
        await using var store = await test.OpenAsync();
        await store.SaveAsync([.. Enumerable.Range(0, 3).Select(i => SyntheticCorpus.Entry(i, seed: 9))]);

        var found = await store.SimilarPassagesAsync([new PassageQuery(PassageKind.Span, Technique, Basis(0))], SimilarOptions.Default);

        Assert.Empty(Assert.Single(found));
        Assert.Equal(0, await test.ScalarAsync("SELECT COUNT(*) FROM embeddings"));
    }

    [Theory]
    [MemberData(nameof(TestStore.Kinds), MemberType = typeof(TestStore))]
    public async Task Given_an_explained_analysis_When_similar_passages_are_attached_Then_each_explanation_gets_its_neighbours(string kind)
    {
        await using var test = await TestStore.CreateAsync(kind);
        await using var store = await test.OpenAsync();
        var entries = await SaveAsync(store, 3);
        var explained = entries[1].Entry.Analysis! with
        {
            Explanations = [new SpanExplanation(Technique, entries[1].Entry.Analysis!.Spans[0].Start, entries[1].Entry.Analysis!.Spans[0].Length, entries[1].Entry.Analysis!.Spans[0].Text, "d", 0.5, [])],
            ParagraphExplanations = [new ParagraphExplanation(0, entries[1].Entry.Analysis!.Paragraphs[0].Start, entries[1].Entry.Analysis!.Paragraphs[0].Length, Technique, "d", 0.5, [], 10, 10)],
        };

        var attached = await SimilarPassages.AttachAsync(store, explained, new SimilarOptions { Count = 5, ExcludeContentHash = entries[1].Entry.Hash });

        Assert.Equal([entries[0].Id, entries[2].Id], attached.Explanations[0].Similar.Select(p => p.ArticleId).Order());
        Assert.Equal([entries[0].Id, entries[2].Id], attached.ParagraphExplanations[0].Similar.Select(p => p.ArticleId).Order());
        Assert.All(attached.ParagraphExplanations[0].Similar, p => Assert.Equal(p.Text, entries.Single(e => e.Id == p.ArticleId).Entry.Article.Text.Substring(p.Start, p.Length)));
    }

    /// <summary>
    /// Saves <paramref name="count"/> articles; article i has two Loaded_Language spans near basis vector i (so article i
    /// is the nearest to Basis(i), and shows up once however many of its spans match) and its first paragraph labelled
    /// Loaded_Language with vector Basis(i).
    /// </summary>
    private static async Task<List<(long Id, CorpusEntry Entry)>> SaveAsync(ICorpusStore store, int count)
    {
        var entries = new List<CorpusEntry>();
        for (var i = 0; i < count; i++)
        {
            var entry = SyntheticCorpus.Entry(i, seed: 11);
            var analysis = entry.Analysis!;
            var text = entry.Article.Text;
            var p0 = analysis.Paragraphs[0];
            SpanFinding[] spans =
            [
                new(Technique, p0.Start, 20, text.Substring(p0.Start, 20), 0.9),
                new(Technique, p0.Start + 30, 10, text.Substring(p0.Start + 30, 10), 0.8),
            ];
            var near = Unit(Basis(i), Basis(Dimension - 1), 0.5);
            var farther = Unit(Basis(i), Basis(Dimension - 2), 1.0);
            entries.Add(entry with
            {
                Analysis = analysis with
                {
                    Spans = spans,
                    Paragraphs = [p0 with { Techniques = [new ScoredLabel(Technique, 0.9)] }, .. analysis.Paragraphs.Skip(1).Select(p => p with { Techniques = [] })],
                    Embeddings =
                    [
                        new PassageEmbedding(PassageKind.Span, Technique, spans[0].Start, spans[0].Length, near),
                        new PassageEmbedding(PassageKind.Span, Technique, spans[1].Start, spans[1].Length, farther),
                        new PassageEmbedding(PassageKind.Paragraph, Technique, p0.Start, p0.Length, Basis(i)),
                    ],
                },
            });
        }

        await store.SaveAsync(entries);
        var result = new List<(long, CorpusEntry)>();
        for (var i = 0; i < count; i++)
        {
            result.Add(((await store.SearchAsync($"ref-11-{i}", CorpusFilter.None, 1)).Single().ArticleId, entries[i]));
        }

        return result;
    }

    private static float[] Basis(int i)
    {
        var v = new float[Dimension];
        v[i] = 1;
        return v;
    }

    private static float[] Unit(float[] a, float[] b, double weight)
    {
        var v = a.Zip(b, (x, y) => (float)(x + (weight * y))).ToArray();
        var norm = Math.Sqrt(v.Sum(x => (double)x * x));
        return [.. v.Select(x => (float)(x / norm))];
    }
}
