using System.Net;
using System.Net.Http.Json;
using System.Text.Json;

namespace Lantern.Web.Tests;

public sealed class PrivateUrlAnalyzeTests(PrivateUrlAppFixture app, PageServer pages) : IClassFixture<PrivateUrlAppFixture>, IClassFixture<PageServer>
{
    [Theory]
    [InlineData("/article.html")]
    [InlineData("/plain.txt")]
    [InlineData("/redirect/2")]
    public async Task Given_private_urls_allowed_When_a_page_url_is_posted_Then_the_page_text_is_analysed(string path)
    {
        using var response = await app.Client.PostAsJsonAsync("/api/analyze", new { url = pages.Url(path).AbsoluteUri });

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        using var json = JsonDocument.Parse(await response.Content.ReadAsStringAsync());
        Assert.Contains(PageServer.ArticleSentence, json.RootElement.GetProperty("text").GetString(), StringComparison.Ordinal);
        Assert.Equal("Island ferry", json.RootElement.GetProperty("title").GetString());
    }
}
