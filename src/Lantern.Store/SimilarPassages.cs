using Lantern.Analysis;
using Lantern.Analysis.Embeddings;

namespace Lantern.Store;

/// <summary>
/// Fills in the similar passages of an explained analysis from a corpus: each span explanation and paragraph
/// explanation gets the stored passages of the same kind and technique nearest to its own embedding. Used by
/// <c>lantern analyze --explain --db</c> and by the web page's explanations.
/// </summary>
public static class SimilarPassages
{
    public static async Task<ArticleAnalysis> AttachAsync(ICorpusStore store, ArticleAnalysis analysis, SimilarOptions options, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(store);
        ArgumentNullException.ThrowIfNull(analysis);
        ArgumentNullException.ThrowIfNull(options);
        var vectors = analysis.Embeddings
            .GroupBy(e => (e.Kind, e.Technique, e.Start, e.Length))
            .ToDictionary(g => g.Key, g => g.First().Vector);
        var queries = new List<PassageQuery>();
        var spanQuery = new int[analysis.Explanations.Count];
        var paragraphQuery = new int[analysis.ParagraphExplanations.Count];
        int Add(string kind, string technique, int start, int length)
        {
            if (!vectors.TryGetValue((kind, technique, start, length), out var vector))
            {
                return -1;
            }

            queries.Add(new PassageQuery(kind, technique, vector));
            return queries.Count - 1;
        }

        for (var i = 0; i < spanQuery.Length; i++)
        {
            var e = analysis.Explanations[i];
            spanQuery[i] = Add(PassageKind.Span, e.Technique, e.Start, e.Length);
        }

        for (var i = 0; i < paragraphQuery.Length; i++)
        {
            var e = analysis.ParagraphExplanations[i];
            paragraphQuery[i] = Add(PassageKind.Paragraph, e.Technique, e.Start, e.Length);
        }

        if (queries.Count == 0)
        {
            return analysis;
        }

        var found = await store.SimilarPassagesAsync(queries, options, cancellationToken);
        return analysis with
        {
            Explanations = [.. analysis.Explanations.Select((e, i) => spanQuery[i] < 0 ? e : e with { Similar = found[spanQuery[i]] })],
            ParagraphExplanations = [.. analysis.ParagraphExplanations.Select((e, i) => paragraphQuery[i] < 0 ? e : e with { Similar = found[paragraphQuery[i]] })],
        };
    }
}
