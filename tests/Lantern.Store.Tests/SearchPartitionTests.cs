using Lantern.Store.Synthetic;

namespace Lantern.Store.Tests;

/// <summary>
/// Search ranks a large corpus in id ranges at the same time (one connection each) and merges their tops, and a filtered
/// search keeps the passing rows of the best unfiltered candidates: the hits, their order, ranks, snippets and techniques
/// must be exactly those of one filtered ranking over the whole corpus, whatever the number of ranges and candidates,
/// with and without filters, and whether a query matches every article, a few or none.
/// </summary>
public sealed class SearchPartitionTests
{
    [Theory]
    [MemberData(nameof(TestStore.Kinds), MemberType = typeof(TestStore))]
    public async Task Given_a_corpus_When_searched_in_id_ranges_Then_the_hits_equal_one_ranking_of_the_whole_corpus(string kind)
    {
        await using var test = await TestStore.CreateAsync(kind);
        await using var store = (SqlCorpusStore)await test.OpenAsync();
        await store.BulkSaveAsync([.. Enumerable.Range(0, 240).Select(i => SyntheticCorpus.Entry(i, seed: 17))]);
        var first = (await store.SearchAsync(SyntheticCorpus.Word(3), CorpusFilter.None, 1)).Single();
        var queries = new (string Words, CorpusFilter Filter, int Limit)[]
        {
            (SyntheticCorpus.Word(3), CorpusFilter.None, 20),                                   // in nearly every article
            (SyntheticCorpus.Word(3), CorpusFilter.None, 500),                                  // every match, more than one range holds
            ($"{SyntheticCorpus.Word(5)} {SyntheticCorpus.Word(120)}", CorpusFilter.None, 10), // two words, fewer articles
            (SyntheticCorpus.Word(400), CorpusFilter.None, 10),                                 // a rare topic word
            (SyntheticCorpus.Word(3), new CorpusFilter { Technique = "Loaded_Language" }, 15),
            (SyntheticCorpus.Word(3), new CorpusFilter { Source = first.Source }, 15),
            (SyntheticCorpus.Word(400), new CorpusFilter { Technique = "Loaded_Language" }, 10), // fewer matches than candidates
            ("nowordlikethis", CorpusFilter.None, 10),
        };

        store.PartitionedSearchFrom = long.MaxValue;
        store.FilteredSearchCandidates = 0;
        var whole = new List<IReadOnlyList<SearchHit>>();
        foreach (var (words, filter, limit) in queries)
        {
            whole.Add(await store.SearchAsync(words, filter, limit));
        }

        Assert.True(whole[0].Count == 20 && whole[1].Count > 200, $"the common word matched {whole[1].Count} articles");
        Assert.NotEmpty(whole[3]);
        Assert.NotEmpty(whole[4]);
        Assert.Empty(whole[7]);
        Assert.True(whole[5].Count > 0 && whole[5].Count < whole[1].Count / 2, $"the source filter kept {whole[5].Count} hits");
        // Filtered queries rank the best unfiltered candidates first: 1× the limit (too few pass: ranked again with the
        // filter), 2×, 10× (enough pass) and 50× (every match a candidate), each with one and several id ranges.
        foreach (var (from, parts) in new[] { (long.MaxValue, 1), (1L, 2), (1L, 3), (1L, 4), (1L, 7) })
        {
            store.PartitionedSearchFrom = from;
            store.SearchPartitions = parts;
            foreach (var candidates in new[] { 0, 1, 2, 10, 50 })
            {
                store.FilteredSearchCandidates = candidates;
                for (var q = 0; q < queries.Length; q++)
                {
                    var (words, filter, limit) = queries[q];
                    var split = await store.SearchAsync(words, filter, limit);
                    Assert.Equal(Describe(whole[q]), Describe(split));
                }
            }
        }
    }

    private static List<string> Describe(IReadOnlyList<SearchHit> hits) =>
        [.. hits.Select(h => $"{h.ArticleId} {h.Rank:R} {h.Title} {h.Snippet} {string.Join(",", h.Techniques.Select(t => $"{t.Technique}:{t.Spans}"))}")];
}
