namespace Lantern.Models.Internal;

/// <summary>
/// Turns token states into the inputs of each head, identically at training and prediction time.
/// <list type="bullet">
/// <item>token (span tagger): the token's state, its neighbours' mean state, its paragraph's mean state;</item>
/// <item>paragraph: mean and max of its token states, max and mean of the tagger's token probabilities,
/// the article's mean state (context), lexical features of the paragraph, its language;</item>
/// <item>article (genre, frames): mean and max of its paragraph means, lexical features of the whole text, its language.</item>
/// </list>
/// </summary>
internal static class Featurizer
{
    public const int Dim = 384;
    public const int TokenInputs = 3 * Dim;
    private const int ContextTokens = 2;

    public static readonly string[] Languages = ["en", "fr", "de", "it", "pl", "ru"];

    public static int ParagraphInputs(int techniques) => 3 * Dim + 2 * techniques + LexicalFeatures.Count + Languages.Length;

    public static int ArticleInputs => 2 * Dim + LexicalFeatures.Count + Languages.Length;

    /// <summary>Genre sees only the article's mean state, its stylistic rates and its language: with a few hundred
    /// articles, hashed n-grams and max-pooled states let it memorise topics instead of learning genre.</summary>
    public static int GenreInputs => Dim + LexicalFeatures.StyleCount + Languages.Length + GenreCues.Count;

    /// <summary>The genre head's input: the article row's mean state, style rates and language, then the <see cref="GenreCues"/> of its text.</summary>
    public static float[] GenreView(ReadOnlySpan<float> article, ArticleInput input)
    {
        var x = new float[GenreInputs];
        article[..Dim].CopyTo(x);
        article.Slice(2 * Dim + LexicalFeatures.WordBuckets + LexicalFeatures.CharBuckets, LexicalFeatures.StyleCount + Languages.Length).CopyTo(x.AsSpan(Dim));
        GenreCues.Write(input.Text, [.. input.ParagraphSpans], x.AsSpan(Dim + LexicalFeatures.StyleCount + Languages.Length));
        return x;
    }

    public static float[] MeanState(TokenStates states)
    {
        var mean = new float[Dim];
        var n = states.Tokens.Count;
        for (var t = 0; t < n; t++)
        {
            VectorMath.AddScaled(mean, 1f / n, states.Row(t));
        }

        return mean;
    }

    /// <summary>The token's state, the mean state of its neighbours (two on each side) and its paragraph's mean state.</summary>
    public static void Token(TokenStates states, float[] paragraphMean, int token, Span<float> output)
    {
        TokenAndContext(states, token, output);
        paragraphMean.CopyTo(output[(2 * Dim)..]);
    }

    /// <summary>The first two thirds of <see cref="Token"/>: the token's state and its neighbours' mean state.</summary>
    public static void TokenAndContext(TokenStates states, int token, Span<float> output)
    {
        states.Row(token).CopyTo(output);
        var context = output.Slice(Dim, Dim);
        context.Clear();
        var first = Math.Max(0, token - ContextTokens);
        var last = Math.Min(states.Tokens.Count - 1, token + ContextTokens);
        var count = last - first;
        for (var t = first; t <= last; t++)
        {
            if (t != token)
            {
                VectorMath.AddScaled(context, 1f / count, states.Row(t));
            }
        }
    }

    /// <param name="tokenProbabilities">Row-major [tokens, techniques] from the tagger.</param>
    public static void Paragraph(ArticleInput article, int paragraph, float[] paragraphMean, float[] articleMean, float[] tokenProbabilities, int techniques, Span<float> output)
    {
        var states = article.Paragraphs[paragraph];
        var n = states.Tokens.Count;
        paragraphMean.CopyTo(output);
        var max = output.Slice(Dim, Dim);
        max.Fill(n == 0 ? 0 : float.NegativeInfinity);
        for (var t = 0; t < n; t++)
        {
            var row = states.Row(t);
            for (var d = 0; d < Dim; d++)
            {
                max[d] = Math.Max(max[d], row[d]);
            }
        }

        articleMean.CopyTo(output[(2 * Dim)..]);
        var offset = 3 * Dim;
        var pMax = output.Slice(offset, techniques);
        var pMean = output.Slice(offset + techniques, techniques);
        pMax.Clear();
        pMean.Clear();
        for (var t = 0; t < n; t++)
        {
            for (var k = 0; k < techniques; k++)
            {
                var p = tokenProbabilities[t * techniques + k];
                pMax[k] = Math.Max(pMax[k], p);
                pMean[k] += p / n;
            }
        }

        offset += 2 * techniques;
        LexicalFeatures.Write(states.Span.Of(article.Text), output.Slice(offset, LexicalFeatures.Count));
        Language(article.Language, output.Slice(offset + LexicalFeatures.Count, Languages.Length));
    }

    public static void Article(ArticleInput article, float[][] paragraphMeans, Span<float> output)
    {
        var mean = output[..Dim];
        var max = output.Slice(Dim, Dim);
        mean.Clear();
        max.Fill(paragraphMeans.Length == 0 ? 0 : float.NegativeInfinity);
        foreach (var m in paragraphMeans)
        {
            VectorMath.AddScaled(mean, 1f / paragraphMeans.Length, m);
            for (var d = 0; d < Dim; d++)
            {
                max[d] = Math.Max(max[d], m[d]);
            }
        }

        LexicalFeatures.Write(article.Text, output.Slice(2 * Dim, LexicalFeatures.Count));
        Language(article.Language, output.Slice(2 * Dim + LexicalFeatures.Count, Languages.Length));
    }

    public static float[] ArticleMean(float[][] paragraphMeans)
    {
        var mean = new float[Dim];
        foreach (var m in paragraphMeans)
        {
            VectorMath.AddScaled(mean, 1f / paragraphMeans.Length, m);
        }

        return mean;
    }

    private static void Language(string? language, Span<float> output)
    {
        output.Clear();
        var code = language is null ? null : Lantern.Languages.LanguageCodes.Normalize(language);
        var index = Array.IndexOf(Languages, code);
        if (index >= 0)
        {
            output[index] = 1;
        }
    }
}
