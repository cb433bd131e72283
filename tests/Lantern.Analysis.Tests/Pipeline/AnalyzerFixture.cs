namespace Lantern.Analysis.Tests.Pipeline;

/// <summary>One analyzer with the real encoder and the shipped heads, shared by a test class (loading takes about a second).</summary>
public sealed class AnalyzerFixture : IDisposable
{
    public ArticleAnalyzer Analyzer { get; } = new AnalyzerBuilder().WithThreads(2).Build();

    public void Dispose() => Analyzer.Dispose();
}
