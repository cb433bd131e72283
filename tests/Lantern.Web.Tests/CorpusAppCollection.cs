namespace Lantern.Web.Tests;

/// <summary>Tests that share one app serving a corpus (the corpus is written and the models load once).</summary>
[CollectionDefinition(Name)]
public sealed class CorpusAppCollection : ICollectionFixture<CorpusAppFixture>, ICollectionFixture<BrowserFixture>
{
    public const string Name = "corpus app";
}
