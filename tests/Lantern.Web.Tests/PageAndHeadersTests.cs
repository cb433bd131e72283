using System.Net;
using System.Text.Json;
using AngleSharp.Html.Parser;

namespace Lantern.Web.Tests;

[Collection(WebAppCollection.Name)]
public sealed class PageAndHeadersTests(WebAppFixture app)
{
    [Theory]
    [InlineData("/")]
    [InlineData("/api/techniques")]
    [InlineData("/assets/app.js")]
    [InlineData("/corpus")]
    [InlineData("/dashboard")]
    [InlineData("/api/missing")]
    public async Task Given_any_response_When_served_Then_it_carries_a_strict_content_security_policy(string path)
    {
        using var response = await app.Client.GetAsync(path);

        var csp = string.Join(' ', response.Headers.GetValues("Content-Security-Policy"));
        Assert.Contains("default-src 'none'", csp, StringComparison.Ordinal);
        Assert.Contains("script-src 'self'", csp, StringComparison.Ordinal);
        Assert.Contains("frame-ancestors 'none'", csp, StringComparison.Ordinal);
        Assert.DoesNotContain("unsafe-inline", csp, StringComparison.Ordinal);
        Assert.DoesNotContain("unsafe-eval", csp, StringComparison.Ordinal);
        Assert.Equal("nosniff", Assert.Single(response.Headers.GetValues("X-Content-Type-Options")));
    }

    [Theory]
    [InlineData("/")]
    [InlineData("/corpus")]
    [InlineData("/dashboard")]
    public async Task Given_the_page_When_served_Then_every_script_and_style_is_a_file_of_the_app_and_none_is_inline(string path)
    {
        var html = await app.Client.GetStringAsync(path);

        var document = new HtmlParser().ParseDocument(html);
        var scripts = document.QuerySelectorAll("script").ToList();
        Assert.NotEmpty(scripts);
        Assert.All(scripts, s => Assert.StartsWith("/assets/", s.GetAttribute("src"), StringComparison.Ordinal));
        Assert.All(scripts, s => Assert.True(string.IsNullOrWhiteSpace(s.TextContent)));
        Assert.Empty(document.QuerySelectorAll("style, [style]"));
        Assert.DoesNotContain(document.All, e => e.Attributes.Any(a => a.Name.StartsWith("on", StringComparison.Ordinal)));
        foreach (var link in document.QuerySelectorAll("link[rel=stylesheet]"))
        {
            var href = link.GetAttribute("href")!;
            Assert.StartsWith("/assets/", href, StringComparison.Ordinal);
            using var response = await app.Client.GetAsync(href);
            Assert.Equal(HttpStatusCode.OK, response.StatusCode);
            Assert.Equal("text/css", response.Content.Headers.ContentType?.MediaType);
        }
    }

    [Theory]
    [InlineData("/")]
    [InlineData("/corpus")]
    [InlineData("/dashboard")]
    public async Task Given_a_page_When_served_Then_it_has_the_shared_head_navigation_and_footer_with_its_own_link_current(string path)
    {
        var html = await app.Client.GetStringAsync(path);

        var document = new HtmlParser().ParseDocument(html);
        Assert.DoesNotContain("<!-- include", html, StringComparison.Ordinal);
        Assert.Equal("utf-8", document.QuerySelector("head > meta[charset]")?.GetAttribute("charset"));
        Assert.Equal(["/assets/app.css", "/assets/techniques.css"], document.QuerySelectorAll("head link[rel=stylesheet]").Select(l => l.GetAttribute("href")));
        var links = document.QuerySelectorAll("header.top nav a").ToList();
        Assert.Equal(["/", "/corpus", "/dashboard"], links.Select(a => a.GetAttribute("href")));
        Assert.Equal(path, Assert.Single(links, a => a.GetAttribute("aria-current") == "page").GetAttribute("href"));
        Assert.Equal("Lantern", document.QuerySelector("header.top > h1")?.TextContent);
        Assert.Equal("/openapi/v1.json", document.QuerySelector("footer.foot a")?.GetAttribute("href"));
    }

    [Fact]
    public async Task Given_a_shared_block_When_asked_for_as_an_asset_Then_404()
    {
        using var response = await app.Client.GetAsync("/assets/nav.html");

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
    }

    [Theory]
    [InlineData("/assets/app.js")]
    [InlineData("/assets/corpus.js")]
    [InlineData("/assets/dashboard.js")]
    public async Task Given_the_script_When_read_Then_it_never_writes_html_from_strings(string path)
    {
        var script = await app.Client.GetStringAsync(path);

        Assert.DoesNotContain("innerHTML", script, StringComparison.Ordinal);
        Assert.DoesNotContain("outerHTML", script, StringComparison.Ordinal);
        Assert.DoesNotContain("insertAdjacentHTML", script, StringComparison.Ordinal);
        Assert.DoesNotContain("document.write", script, StringComparison.Ordinal);
        Assert.DoesNotContain("eval(", script, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Given_an_asset_When_asked_again_with_its_etag_Then_304()
    {
        using var first = await app.Client.GetAsync("/assets/app.css");
        var etag = first.Headers.ETag!;
        using var request = new HttpRequestMessage(HttpMethod.Get, "/assets/app.css");
        request.Headers.IfNoneMatch.Add(etag);

        using var second = await app.Client.SendAsync(request);

        Assert.Equal(HttpStatusCode.NotModified, second.StatusCode);
    }

    [Fact]
    public async Task Given_health_When_requested_Then_ok_and_the_model_name()
    {
        using var json = JsonDocument.Parse(await app.Client.GetStringAsync("/health"));

        Assert.Equal("ok", json.RootElement.GetProperty("status").GetString());
        Assert.Equal(app.Analyzer.Model, json.RootElement.GetProperty("model").GetString());
    }

    [Fact]
    public async Task Given_the_openapi_document_When_requested_Then_analyze_takes_json_text_and_html()
    {
        using var json = JsonDocument.Parse(await app.Client.GetStringAsync("/openapi/v1.json"));

        var paths = json.RootElement.GetProperty("paths");
        var content = paths.GetProperty("/api/analyze").GetProperty("post").GetProperty("requestBody").GetProperty("content");
        Assert.Equal(["text/plain", "text/html", "application/json"], content.EnumerateObject().Select(p => p.Name));
        Assert.True(paths.TryGetProperty("/api/techniques", out _));
        Assert.True(paths.TryGetProperty("/health", out _));
    }
}
