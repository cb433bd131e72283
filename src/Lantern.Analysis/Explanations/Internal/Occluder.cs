using Lantern.Articles;
using Lantern.Documents;
using Lantern.Models;
using Lantern.Text;

namespace Lantern.Analysis.Explanations.Internal;

/// <summary>
/// Re-scores one article with words of one paragraph deleted, using the real encoder and heads. Only the changed
/// paragraph is re-encoded (all its variants in one batched encoder call); the other paragraphs keep their token
/// states, shifted to the shortened text, and the heads run on the whole variant article, so paragraph context,
/// article mean and lexical features are exactly what they would be for that text.
/// </summary>
internal sealed class Occluder(ITextEncoder encoder, IArticleHeads heads, ArticleDocument document, IReadOnlyList<TokenStates> states)
{
    /// <summary>For each set of deletions (spans inside paragraph <paramref name="paragraph"/>), the heads' predictions and the text they saw.</summary>
    public IReadOnlyList<(HeadPredictions Predictions, string Text)> Score(int paragraph, IReadOnlyList<IReadOnlyList<TextSpan>> deletions, CancellationToken cancellationToken)
    {
        var text = document.Text;
        var p = document.Paragraphs[paragraph].Span;
        var variants = deletions.Select(d => Delete(text, p, d)).ToArray();

        // one encoder call for every variant: they are laid end to end, each its own span
        var combined = new System.Text.StringBuilder();
        var spans = new TextSpan[variants.Length];
        for (var v = 0; v < variants.Length; v++)
        {
            spans[v] = new TextSpan(combined.Length, variants[v].Length);
            combined.Append(variants[v]).Append("\n\n");
        }

        var encoded = encoder.Encode(combined.ToString(), spans, cancellationToken);
        var results = new (HeadPredictions, string)[variants.Length];
        for (var v = 0; v < variants.Length; v++)
        {
            cancellationToken.ThrowIfCancellationRequested();
            var delta = variants[v].Length - p.Length;
            var variantText = string.Concat(text.AsSpan(0, p.Start), variants[v], text.AsSpan(p.End));
            var variantStates = new TokenStates[states.Count];
            var paragraphs = new Paragraph[document.Paragraphs.Count];
            for (var q = 0; q < states.Count; q++)
            {
                var original = document.Paragraphs[q];
                if (q == paragraph)
                {
                    variantStates[q] = Shift(encoded[v], p.Start - spans[v].Start);
                    paragraphs[q] = original with { Span = new TextSpan(p.Start, variants[v].Length) };
                }
                else if (q > paragraph)
                {
                    variantStates[q] = Shift(states[q], delta);
                    paragraphs[q] = original with { Span = new TextSpan(original.Span.Start + delta, original.Span.Length) };
                }
                else
                {
                    variantStates[q] = states[q];
                    paragraphs[q] = original;
                }
            }

            // the heads read the text, the paragraphs and the language; sentences and structure are not needed
            var article = document.Article with { Text = variantText, TitleSpan = null, BodySpan = null };
            var variantDocument = new ArticleDocument(article, paragraphs, [], [], document.Language, document.ParagraphLanguages);
            results[v] = (heads.Predict(variantDocument, variantStates, cancellationToken), variantText);
        }

        return results;
    }

    private static string Delete(string text, TextSpan paragraph, IReadOnlyList<TextSpan> deletions)
    {
        var b = new System.Text.StringBuilder(paragraph.Length);
        var at = paragraph.Start;
        foreach (var d in deletions.OrderBy(d => d.Start))
        {
            if (d.Start < at)
            {
                continue;
            }

            b.Append(text, at, d.Start - at);
            at = d.End;
        }

        b.Append(text, at, paragraph.End - at);
        return b.ToString();
    }

    private static TokenStates Shift(TokenStates states, int delta) => delta == 0 ? states : states with
    {
        Span = new TextSpan(states.Span.Start + delta, states.Span.Length),
        Tokens = [.. states.Tokens.Select(t => new TextSpan(t.Start + delta, t.Length))],
    };
}
