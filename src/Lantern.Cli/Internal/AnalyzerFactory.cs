using Lantern.Analysis;

namespace Lantern.Cli.Internal;

/// <summary>Builds the analyzer the verbs share, from <c>--models</c> and <c>--threads</c>.</summary>
internal static class AnalyzerFactory
{
    public static ArticleAnalyzer Create(string? modelDirectory, int? threads, int? parallelArticles = null, Models.Encoding.EncoderPrecision? precision = null)
    {
        var builder = new AnalyzerBuilder();
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
