namespace Lantern.Web.Tests;

/// <summary>An app with one analysis slot, a queue of eight, and at most two analyses per client.</summary>
public sealed class PerClientAnalysesAppFixture : WebAppFixture
{
    protected override LanternWebOptions Options => base.Options with { ConcurrentAnalyses = 1, AnalysisQueue = 8, AnalysesPerClient = 2 };
}
