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
}
