using Lantern.Taxonomy;
using Lantern.Text;

namespace Lantern.Models.Internal;

/// <summary>Runs the four heads of a <see cref="HeadsModel"/> over one article. Shared by prediction and cross-validation.</summary>
internal static class HeadsRunner
{
    /// <summary>
    /// The tagger's probabilities for every token of a paragraph, row-major [tokens, techniques]. Its input is the
    /// token's state, its neighbours' mean state and the paragraph's mean state (<see cref="Featurizer.Token"/>); the
    /// last third is the same for every token, so its standardised contribution to each logit is computed once per
    /// paragraph and each token costs two thirds of the products.
    /// </summary>
    public static float[] TagTokens(LinearModel tagger, TokenStates states, float[] paragraphMean)
    {
        const int dim = Featurizer.Dim;
        var n = states.Tokens.Count;
        var k = tagger.Outputs;
        var result = new float[n * k];
        if (n == 0)
        {
            return result;
        }

        var constant = new float[k];
        var zMean = new float[dim];
        tagger.Standardize(paragraphMean, 2 * dim, zMean);
        for (var o = 0; o < k; o++)
        {
            constant[o] = VectorMath.Dot(tagger.WeightsOf(o, 2 * dim, dim), zMean) + tagger.Bias[o];
        }

        var x = new float[2 * dim];
        var z = new float[2 * dim];
        for (var t = 0; t < n; t++)
        {
            Featurizer.TokenAndContext(states, t, x);
            tagger.Standardize(x, 0, z);
            var row = result.AsSpan(t * k, k);
            for (var o = 0; o < k; o++)
            {
                row[o] = constant[o] + VectorMath.Dot(tagger.WeightsOf(o, 0, 2 * dim), z);
            }

            tagger.Activate(row);
        }

        return result;
    }

    /// <param name="tokenSink">When given, receives each paragraph's raw word-piece probabilities ([tokens, techniques]).</param>
    public static ArticleOutput Run(HeadsModel model, ArticleInput article, CancellationToken cancellationToken, Action<int, float[]>? tokenSink = null)
    {
        var techniques = Labels.TechniqueLabels.Count;
        var means = article.Paragraphs.Select(Featurizer.MeanState).ToArray();
        var articleMean = Featurizer.ArticleMean(means);
        var paragraphProbabilities = new float[article.Paragraphs.Count][];
        var spans = new List<(int Technique, TextSpan Span, float Score)>();
        var x = new float[model.Paragraph.Inputs];
        for (var p = 0; p < article.Paragraphs.Count; p++)
        {
            cancellationToken.ThrowIfCancellationRequested();
            var tokens = TagTokens(model.Tagger, article.Paragraphs[p], means[p]);
            tokenSink?.Invoke(p, tokens);
            spans.AddRange(SpanDecoder.Decode(article.Paragraphs[p].Tokens, tokens, techniques, model.SpanThresholds));
            Featurizer.Paragraph(article, p, means[p], articleMean, tokens, techniques, x);
            paragraphProbabilities[p] = model.Paragraph.Predict(x);
        }

        var a = new float[Featurizer.ArticleInputs];
        Featurizer.Article(article, means, a);
        return new ArticleOutput(model.Genre.Predict(Featurizer.GenreView(a, article)), model.Frames.Predict(a), paragraphProbabilities, spans);
    }
}
