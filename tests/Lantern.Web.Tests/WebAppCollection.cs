namespace Lantern.Web.Tests;

/// <summary>Tests that share one running app (the models load once).</summary>
[CollectionDefinition(Name)]
public sealed class WebAppCollection : ICollectionFixture<WebAppFixture>, ICollectionFixture<BrowserFixture>
{
    public const string Name = "web app";
}
