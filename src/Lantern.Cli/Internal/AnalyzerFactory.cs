using Lantern.Analysis;

namespace Lantern.Cli.Internal;

/// <summary>Builds the analyzer the verbs share, from <c>--models</c> and <c>--threads</c>.</summary>
internal static class AnalyzerFactory
{
    /// <param name="spinning">Whether idle encoder threads spin (see <see cref="AnalyzerBuilder.WithSpinning"/>); null: the builder's default.</param>
    public static ArticleAnalyzer Create(string? modelDirectory, int? threads, int? parallelArticles = null, Models.Encoding.EncoderPrecision? precision = null, bool? spinning = null)
    {
        var builder = new AnalyzerBuilder();
        if (spinning is { } spin)
        {
            builder.WithSpinning(spin);
        }

        if (precision is { } p)
        {
            builder.WithPrecision(p);
        }

        if (!string.IsNullOrWhiteSpace(modelDirectory))
        {
            builder.UseModelDirectory(modelDirectory);
        }

        if (threads is { } n)
        {
            builder.WithThreads(n);
        }

        if (parallelArticles is { } m)
        {
            builder.WithParallelArticles(m);
        }

        return builder.Build();
    }

    /// <summary>
    /// <see cref="Create"/> for batch work (bench, semeval predict, ingest, worker): without <c>--threads</c> and
    /// <c>--parallel</c>, one encoder thread per article and <see cref="AnalyzerBuilder.DefaultThreads"/> articles at once,
    /// instead of every thread on one article. Measured on 2 cores (bench, 50 English articles of ~800 tokens, four
    /// interleaved rounds): 10.46 articles/s and pipeline/encoder 0.81 on average, against 9.16 and 0.70 with two
    /// threads on one article, whose heads then shared a core with the next article's encoder threads. One article's
    /// latency is higher (its encoding has one core), which is why single analyses keep the threads.
    /// </summary>
    public static ArticleAnalyzer CreateForBatch(string? modelDirectory, int? threads, int? parallelArticles, Models.Encoding.EncoderPrecision? precision = null, bool? spinning = null)
    {
        var (t, p) = BatchShape(threads, parallelArticles);
        return Create(modelDirectory, t, p, precision, spinning);
    }

    /// <summary>The encoder threads and articles at once of batch work: as given, or 1 × <see cref="AnalyzerBuilder.DefaultThreads"/> when neither is.</summary>
    public static (int? Threads, int? ParallelArticles) BatchShape(int? threads, int? parallelArticles) =>
        threads is null && parallelArticles is null ? (1, AnalyzerBuilder.DefaultThreads) : (threads, parallelArticles);
}
