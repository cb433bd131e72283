using Lantern.Models.Internal;

namespace Lantern.Models.Training.Internal;

/// <summary>
/// The calibrators of each head, fitted on the inner out-of-fold scores <see cref="HeadsFitter"/> already computes
/// for its thresholds (never on scores of a model that saw the article); the inner folds split them in two
/// for <see cref="CalibratorFitter.Fit"/>'s choice between Platt and isotonic.
/// </summary>
internal static class CalibrationFits
{
    /// <summary>One calibrator per label of a one-vs-rest head scored per unit (paragraph or article).</summary>
    public static Calibrator[] Labels(IReadOnlyList<float[]> scores, IReadOnlyList<bool[]> gold, int[] half, int labels)
    {
        var result = new Calibrator[labels];
        for (var k = 0; k < labels; k++)
        {
            var parts = new[] { new ScoreHistogram(), new ScoreHistogram() };
            for (var i = 0; i < scores.Count; i++)
            {
                parts[half[i]].Add(scores[i][k], gold[i][k]);
            }

            result[k] = CalibratorFitter.Fit(parts[0], parts[1]);
        }

        return result;
    }

    /// <summary>One calibrator per technique of the span tagger: the probability that a word piece lies in a span of it.</summary>
    public static Calibrator[] Tokens(IReadOnlyList<EncodedArticle> articles, float[][][] oof, int[] half, int techniques)
    {
        var parts = Enumerable.Range(0, techniques).Select(_ => new[] { new ScoreHistogram(), new ScoreHistogram() }).ToArray();
        for (var i = 0; i < articles.Count; i++)
        {
            var gold = articles[i].TokenGold!;
            for (var p = 0; p < gold.Length; p++)
            {
                var scores = oof[i][p];
                for (var j = 0; j < scores.Length; j++)
                {
                    parts[j % techniques][half[i]].Add(scores[j], gold[p][j]);
                }
            }
        }

        return [.. parts.Select(h => CalibratorFitter.Fit(h[0], h[1]))];
    }

    /// <summary>The genre temperature, on out-of-fold probabilities with the tuned decision offsets applied.</summary>
    public static float Genre(IReadOnlyList<float[]> oof, IReadOnlyList<int> gold, float[] offsets)
    {
        var adjusted = oof.Select(p =>
        {
            var a = p.Select((v, c) => Math.Max(v, 1e-12) * Math.Exp(offsets[c])).ToArray();
            var total = a.Sum();
            return a.Select(v => (float)(v / total)).ToArray();
        }).ToList();
        return CalibratorFitter.Temperature(adjusted, gold);
    }
}
