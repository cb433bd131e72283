namespace Lantern.Web.Tests;

/// <summary>The app started with <c>AllowPrivateUrls</c> (as <c>lantern serve --allow-private-urls</c>).</summary>
public sealed class PrivateUrlAppFixture : WebAppFixture
{
    protected override LanternWebOptions Options => base.Options with { AllowPrivateUrls = true };
}
