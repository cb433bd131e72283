namespace Lantern.Web.Tests;

/// <summary>An app with one analysis slot and a queue of two (the per-client limit at its default).</summary>
public sealed class QueuedAnalysesAppFixture : WebAppFixture
{
    protected override LanternWebOptions Options => base.Options with { ConcurrentAnalyses = 1, AnalysisQueue = 2 };
}
