using Lantern.Text;

namespace Lantern.Models.Internal;

/// <summary>
/// Turns per-token technique probabilities into character spans: for each technique, runs of tokens
/// at or above its threshold (a single token below it between two above is bridged) become one span
/// from the first token's start to the last token's end, scored by the run's highest probability.
/// </summary>
internal static class SpanDecoder
{
    public static IEnumerable<(int Technique, TextSpan Span, float Score)> Decode(IReadOnlyList<TextSpan> tokens, float[] probabilities, int techniques, float[] thresholds)
    {
        var n = tokens.Count;
        for (var k = 0; k < techniques; k++)
        {
            var t = 0;
            while (t < n)
            {
                if (probabilities[t * techniques + k] < thresholds[k])
                {
                    t++;
                    continue;
                }

                var first = t;
                var last = t;
                var score = 0f;
                while (t < n)
                {
                    var p = probabilities[t * techniques + k];
                    if (p >= thresholds[k])
                    {
                        last = t;
                        score = Math.Max(score, p);
                        t++;
                    }
                    else if (t + 1 < n && probabilities[(t + 1) * techniques + k] >= thresholds[k])
                    {
                        t++;
                    }
                    else
                    {
                        break;
                    }
                }

                yield return (k, TextSpan.FromBounds(tokens[first].Start, tokens[last].End), score);
                t = last + 1;
            }
        }
    }
}
