using Lantern.Web.Api.Corpus;
using Microsoft.AspNetCore.Routing;

namespace Lantern.Web.Tests;

/// <summary>The app as <c>lantern serve</c> runs it without <c>--db</c>: corpus routes mapped, no store, no ingest token.</summary>
public sealed class NoCorpusAppFixture : WebAppFixture
{
    protected override Action<RouteGroupBuilder>? Extend => api => CorpusApi.Map(api, new CorpusApiOptions(null));
}
