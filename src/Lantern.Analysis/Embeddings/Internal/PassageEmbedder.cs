using Lantern.Models;
using Lantern.Text;

namespace Lantern.Analysis.Embeddings.Internal;

/// <summary>
/// Mean-pools the token states an analysis already has into one unit vector per span and per paragraph label. A few
/// hundred multiply-adds per token: negligible next to the encoder, so every analysis carries them.
/// </summary>
internal static class PassageEmbedder
{
    public static IReadOnlyList<PassageEmbedding> Embed(ArticleAnalysis analysis, IReadOnlyList<TokenStates> states)
    {
        var result = new List<PassageEmbedding>(analysis.Spans.Count + analysis.Paragraphs.Sum(p => p.Techniques.Count));
        foreach (var span in analysis.Spans)
        {
            if (Mean(states, span.Span) is { } vector)
            {
                result.Add(new PassageEmbedding(PassageKind.Span, span.Technique, span.Start, span.Length, vector));
            }
        }

        foreach (var paragraph in analysis.Paragraphs)
        {
            if (paragraph.Techniques.Count == 0 || Mean(states, paragraph.Span) is not { } vector)
            {
                continue;
            }

            foreach (var label in paragraph.Techniques)
            {
                result.Add(new PassageEmbedding(PassageKind.Paragraph, label.Label, paragraph.Start, paragraph.Length, vector));
            }
        }

        return result;
    }

    /// <summary>The normalised mean of the states of every token that overlaps <paramref name="range"/>; null when none does.</summary>
    public static float[]? Mean(IReadOnlyList<TokenStates> states, TextSpan range)
    {
        float[]? sum = null;
        var count = 0;
        foreach (var s in states)
        {
            if (s.Span.End <= range.Start || s.Span.Start >= range.End)
            {
                continue;
            }

            for (var t = 0; t < s.Tokens.Count; t++)
            {
                var token = s.Tokens[t];
                if (token.End <= range.Start || token.Start >= range.End)
                {
                    continue;
                }

                sum ??= new float[s.Dimension];
                var row = s.Row(t);
                for (var d = 0; d < row.Length; d++)
                {
                    sum[d] += row[d];
                }

                count++;
            }
        }

        if (sum is null || count == 0)
        {
            return null;
        }

        double norm = 0;
        foreach (var v in sum)
        {
            norm += (double)v * v;
        }

        if (norm <= 0)
        {
            return null;
        }

        var scale = (float)(1 / Math.Sqrt(norm));
        for (var d = 0; d < sum.Length; d++)
        {
            sum[d] *= scale;
        }

        return sum;
    }
}
