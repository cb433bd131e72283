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
    double PipelineCpuSeconds,
    double ArticlesPerSecond,
    double TokensPerSecond,
    double TokensPerArticle,
    double P50Milliseconds,
    double P95Milliseconds,
    double SegmentMilliseconds,
    double EncodeMilliseconds,
    double HeadsMilliseconds,
    double EncoderSeconds,
    double EncoderCpuSeconds,
    double EncoderTokensPerSecond,
    double PipelineToEncoderRatio,
    double PeakRssMegabytes,
    double LoadPeakRssMegabytes,
    string Model);
