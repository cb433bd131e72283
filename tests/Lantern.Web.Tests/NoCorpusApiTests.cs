using System.Net;

namespace Lantern.Web.Tests;

/// <summary>The corpus routes of a server started without <c>--db</c> and without an ingest token.</summary>
public sealed class NoCorpusApiTests(NoCorpusAppFixture app) : IClassFixture<NoCorpusAppFixture>
{
    [Theory]
    [InlineData("/api/articles?q=tax")]
    [InlineData("/api/articles/1")]
    [InlineData("/api/stats?by=month")]
    [InlineData("/api/compare?a=x.example&b=y.example")]
    public async Task Given_no_corpus_When_a_corpus_route_is_asked_Then_the_answer_is_503_saying_no_corpus_is_loaded(string path)
    {
        using var response = await app.Client.GetAsync(path);
        var problem = await Problem.ReadAsync(response);

        Assert.Equal(HttpStatusCode.ServiceUnavailable, problem.Status);
        Assert.Contains("no corpus is loaded", problem.Detail, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Given_no_ingest_token_When_ingesting_Then_the_answer_is_403_ingest_disabled()
    {
        using var content = new StringContent("Some article text that should never be stored.\n");
        using var response = await app.Client.PostAsync("/api/ingest", content);
        var problem = await Problem.ReadAsync(response);

        Assert.Equal(HttpStatusCode.Forbidden, problem.Status);
        Assert.StartsWith("ingest disabled", problem.Detail, StringComparison.Ordinal);
    }
}
