using Lantern.Taxonomy;
using Lantern.Text;

namespace Lantern.Models.Internal;

/// <summary>Runs the four heads of a <see cref="HeadsModel"/> over one article. Shared by prediction and cross-validation.</summary>
internal static class HeadsRunner
{
    public static float[] TagTokens(LinearModel tagger, TokenStates states, float[] paragraphMean)
    {
        var n = states.Tokens.Count;
        var k = tagger.Outputs;
        var result = new float[n * k];
        var x = new float[tagger.Inputs];
        var z = new float[tagger.Inputs];
        for (var t = 0; t < n; t++)
        {
            Featurizer.Token(states, paragraphMean, t, x);
            tagger.Standardize(x, z);
            tagger.PredictStandardized(z, result.AsSpan(t * k, k));
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
