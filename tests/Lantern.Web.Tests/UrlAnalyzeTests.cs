using System.Net;
using System.Net.Http.Json;
using System.Text.Json;

namespace Lantern.Web.Tests;

/// <summary><c>POST /api/analyze</c> with a URL: refused on the default server, fetched and analysed with --allow-private-urls.</summary>
[Collection(WebAppCollection.Name)]
public sealed class UrlAnalyzeTests(WebAppFixture app, PageServer pages) : IClassFixture<PageServer>
{
    [Fact]
    public async Task Given_the_default_server_When_a_loopback_url_is_posted_Then_422_says_it_is_refused()
    {
        var url = pages.Url("/article.html").AbsoluteUri;

        using var response = await app.Client.PostAsJsonAsync("/api/analyze", new { url });
        var problem = await Problem.ReadAsync(response);

        Assert.Equal(HttpStatusCode.UnprocessableEntity, problem.Status);
        Assert.Equal($"{url}: refused: 127.0.0.1 is a loopback address (start the server with --allow-private-urls to allow it)", problem.Detail);
    }

    [Fact]
    public async Task Given_the_default_server_When_the_metadata_address_is_posted_Then_422_says_so_without_connecting()
    {
        using var response = await app.Client.PostAsJsonAsync("/api/analyze", new { url = "http://169.254.169.254/latest/meta-data/" });
        var problem = await Problem.ReadAsync(response);

        Assert.Equal(HttpStatusCode.UnprocessableEntity, problem.Status);
        Assert.Contains("169.254.169.254 is the cloud metadata address", problem.Detail, StringComparison.Ordinal);
    }
}
