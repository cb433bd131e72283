using Lantern.Taxonomy;

namespace Lantern.Store.Comparison;

/// <summary>
/// Compares the technique fingerprints of two sets of articles. Confidence intervals come from a seeded bootstrap
/// that resamples whole articles (with replacement, each set on its own), because spans cluster within articles:
/// resampling spans would make the intervals far too narrow.
/// </summary>
public static class SourceComparison
{
    /// <summary>Every technique of the taxonomy, ordered by the size of the rate difference (largest first).</summary>
    public static IReadOnlyList<TechniqueDifference> Compare(
        IReadOnlyList<ArticleTechniques> a, IReadOnlyList<ArticleTechniques> b, int resamples = 1000, int seed = 1)
    {
        ArgumentNullException.ThrowIfNull(a);
        ArgumentNullException.ThrowIfNull(b);
        var techniques = Labels.TechniqueLabels;
        var countsA = Dense(a, techniques);
        var countsB = Dense(b, techniques);
        var wordsA = a.Select(x => x.Words).ToArray();
        var wordsB = b.Select(x => x.Words).ToArray();
        var (rateA, shareA) = Fingerprint(countsA, wordsA, Identity(a.Count), techniques.Count);
        var (rateB, shareB) = Fingerprint(countsB, wordsB, Identity(b.Count), techniques.Count);

        var rateDiffs = new double[techniques.Count][];
        var shareDiffs = new double[techniques.Count][];
        for (var t = 0; t < techniques.Count; t++)
        {
            rateDiffs[t] = new double[resamples];
            shareDiffs[t] = new double[resamples];
        }

        // Resamples in parallel, each drawn by its own generator seeded from (seed, resample), so the intervals are
        // the same whatever the number of cores. A resample as how often each article was drawn: the same draws as a
        // list of picks, but the sums then run through the articles in order instead of jumping between them (at
        // 100,000 articles the jumps, cache misses, were most of the time). The sums are integers, so the result is
        // the same to the last bit.
        Parallel.For(
            0,
            resamples,
            () => (A: new int[a.Count], B: new int[b.Count]),
            (r, _, picks) =>
            {
                var random = new Random(unchecked((seed * 1_000_003) + r));
                Draw(picks.A, random);
                Draw(picks.B, random);
                var (ra, sa) = Fingerprint(countsA, wordsA, picks.A, techniques.Count);
                var (rb, sb) = Fingerprint(countsB, wordsB, picks.B, techniques.Count);
                for (var t = 0; t < techniques.Count; t++)
                {
                    rateDiffs[t][r] = ra[t] - rb[t];
                    shareDiffs[t][r] = sa[t] - sb[t];
                }

                return picks;
            },
            _ => { });

        var result = new List<TechniqueDifference>(techniques.Count);
        for (var t = 0; t < techniques.Count; t++)
        {
            Array.Sort(rateDiffs[t]);
            Array.Sort(shareDiffs[t]);
            result.Add(new TechniqueDifference(
                techniques[t], rateA[t], rateB[t], rateA[t] - rateB[t], Percentile(rateDiffs[t], 0.025), Percentile(rateDiffs[t], 0.975),
                shareA[t], shareB[t], shareA[t] - shareB[t], Percentile(shareDiffs[t], 0.025), Percentile(shareDiffs[t], 0.975)));
        }

        return [.. result.OrderByDescending(d => Math.Abs(d.RateDifference)).ThenBy(d => d.Technique, StringComparer.Ordinal)];
    }

    // Per article only the techniques it has (index, spans): an article has a few of the 23, and the bootstrap visits
    // every article a thousand times.
    private static (int Technique, int Spans)[][] Dense(IReadOnlyList<ArticleTechniques> articles, IReadOnlyList<string> techniques) =>
        [.. articles.Select(x => techniques.Select((t, i) => (i, x.Spans.GetValueOrDefault(t))).Where(p => p.Item2 != 0).ToArray())];

    private static int[] Identity(int n) => [.. Enumerable.Repeat(1, n)];

    // picks[i]: how often article i is drawn in picks.Length draws with replacement.
    private static void Draw(int[] picks, Random random)
    {
        Array.Clear(picks);
        for (var i = 0; i < picks.Length; i++)
        {
            picks[random.Next(picks.Length)]++;
        }
    }

    // times[i]: how often article i is in the (re)sample.
    private static (double[] Rate, double[] Share) Fingerprint((int Technique, int Spans)[][] counts, int[] words, int[] times, int techniques)
    {
        var spans = new long[techniques];
        var with = new long[techniques];
        long totalWords = 0;
        for (var i = 0; i < times.Length; i++)
        {
            var w = times[i];
            if (w == 0)
            {
                continue;
            }

            totalWords += (long)w * words[i];
            foreach (var (t, n) in counts[i])
            {
                spans[t] += (long)w * n;
                with[t] += w;
            }
        }

        var rate = new double[techniques];
        var share = new double[techniques];
        for (var t = 0; t < techniques; t++)
        {
            rate[t] = totalWords == 0 ? 0 : spans[t] * 1000.0 / totalWords;
            share[t] = times.Length == 0 ? 0 : (double)with[t] / times.Length;
        }

        return (rate, share);
    }

    // Linear interpolation between order statistics (sorted input); 0 for no resamples.
    private static double Percentile(double[] sorted, double p)
    {
        if (sorted.Length == 0)
        {
            return 0;
        }

        var position = p * (sorted.Length - 1);
        var low = (int)Math.Floor(position);
        var high = Math.Min(low + 1, sorted.Length - 1);
        return sorted[low] + ((position - low) * (sorted[high] - sorted[low]));
    }
}
