namespace Lantern.Cli.Internal;

/// <summary>The figures of one <c>lantern bench</c> run.</summary>
internal sealed record BenchReport(
    int Articles,
    int Paragraphs,
    long Tokens,
    int Threads,
    int ParallelArticles,
    int Cores,
    double ModelLoadSeconds,
    double PipelineSeconds,
    double ArticlesPerSecond,
    double TokensPerSecond,
    double TokensPerArticle,
    double P50Milliseconds,
    double P95Milliseconds,
    double EncoderSeconds,
    double EncoderTokensPerSecond,
    double PipelineToEncoderRatio,
    double PeakRssMegabytes,
    string Model);
