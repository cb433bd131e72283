namespace Lantern.Web.Tests;

/// <summary>An app whose clients may send a burst of two API requests, refilled by one a second.</summary>
public sealed class TightlyLimitedAppFixture : WebAppFixture
{
    protected override LanternWebOptions Options => base.Options with { RequestBurst = 2, RequestsPerSecond = 1 };
}
