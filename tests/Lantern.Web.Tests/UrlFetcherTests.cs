using Lantern.Errors;
using Lantern.Web.Fetching;

namespace Lantern.Web.Tests;

/// <summary>The fetcher against a real loopback server: with private addresses allowed for the page tests, refused by default.</summary>
public sealed class UrlFetcherTests(PageServer pages) : IClassFixture<PageServer>
{
    private static UrlFetcher Fetcher(long maxBytes = 1 << 20, double timeoutSeconds = 10) =>
        new(new FetchOptions { AllowPrivateAddresses = true, MaxBytes = maxBytes, Timeout = TimeSpan.FromSeconds(timeoutSeconds) });

    [Fact]
    public async Task Given_the_default_policy_When_a_loopback_page_is_fetched_Then_it_is_refused_before_connecting()
    {
        using var fetcher = new UrlFetcher(new FetchOptions());
        var url = pages.Url("/article.html").AbsoluteUri;

        var error = await Assert.ThrowsAsync<InputRejectedException>(() => fetcher.FetchAsync(url, CancellationToken.None));

        Assert.Equal($"{url}: refused: 127.0.0.1 is a loopback address (start the server with --allow-private-urls to allow it)", error.Message);
    }

    [Fact]
    public async Task Given_the_default_policy_When_localhost_is_fetched_Then_the_name_is_resolved_and_refused()
    {
        using var fetcher = new UrlFetcher(new FetchOptions());
        var url = $"http://localhost:{pages.BaseAddress.Port}/article.html";

        var error = await Assert.ThrowsAsync<InputRejectedException>(() => fetcher.FetchAsync(url, CancellationToken.None));

        Assert.StartsWith($"{url}: refused: localhost resolves to ", error.Message, StringComparison.Ordinal);
        Assert.Contains("a loopback address", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Given_the_default_policy_When_an_ipv4_mapped_loopback_is_fetched_Then_it_is_refused()
    {
        using var fetcher = new UrlFetcher(new FetchOptions());
        var url = $"http://[::ffff:127.0.0.1]:{pages.BaseAddress.Port}/article.html";

        var error = await Assert.ThrowsAsync<InputRejectedException>(() => fetcher.FetchAsync(url, CancellationToken.None));

        Assert.Contains("refused:", error.Message, StringComparison.Ordinal);
        Assert.Contains("a loopback address", error.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("file:///etc/passwd")]
    [InlineData("ftp://example.org/article.txt")]
    [InlineData("javascript:alert(1)")]
    [InlineData("not a url")]
    public async Task Given_a_url_that_is_not_http_When_fetched_Then_it_is_refused_as_invalid(string url)
    {
        using var fetcher = Fetcher();

        var error = await Assert.ThrowsAsync<InputRejectedException>(() => fetcher.FetchAsync(url, CancellationToken.None));

        Assert.Equal($"{url}: not an absolute http or https URL", error.Message);
    }

    [Fact]
    public async Task Given_private_addresses_allowed_When_an_html_page_is_fetched_Then_its_bytes_and_type_come_back()
    {
        using var fetcher = Fetcher();

        var page = await fetcher.FetchAsync(pages.Url("/article.html").AbsoluteUri, CancellationToken.None);

        Assert.Equal("text/html", page.MediaType);
        Assert.Contains(PageServer.ArticleSentence, System.Text.Encoding.UTF8.GetString(page.Body), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Given_five_redirects_When_fetched_Then_the_last_page_is_read()
    {
        using var fetcher = Fetcher();

        var page = await fetcher.FetchAsync(pages.Url("/redirect/4").AbsoluteUri, CancellationToken.None);

        Assert.Equal(pages.Url("/article.html"), page.Url);
    }

    [Fact]
    public async Task Given_six_redirects_When_fetched_Then_it_is_refused()
    {
        using var fetcher = Fetcher();
        var url = pages.Url("/redirect/5").AbsoluteUri;

        var error = await Assert.ThrowsAsync<InputRejectedException>(() => fetcher.FetchAsync(url, CancellationToken.None));

        Assert.Equal($"{url}: refused: more than 5 redirects", error.Message);
    }

    [Fact]
    public async Task Given_a_redirect_to_another_scheme_When_fetched_Then_it_is_refused()
    {
        using var fetcher = Fetcher();
        var url = pages.Url("/to-ftp").AbsoluteUri;

        var error = await Assert.ThrowsAsync<InputRejectedException>(() => fetcher.FetchAsync(url, CancellationToken.None));

        Assert.Equal($"{url}: refused: it redirects to a URL that is not http or https", error.Message);
    }

    [Theory]
    [InlineData("/image.png", "it is image/png, not an HTML or text page")]
    [InlineData("/missing", "the server answered HTTP 404")]
    [InlineData("/big.html", "the page is over the limit of 10000 bytes")]
    [InlineData("/bomb.html", "the page is over the limit of 10000 bytes")]
    [InlineData("/bomb-br.html", "the page is over the limit of 10000 bytes")]
    public async Task Given_a_page_that_cannot_be_read_When_fetched_Then_the_reason_is_one_line(string path, string reason)
    {
        using var fetcher = Fetcher(maxBytes: 10_000);
        var url = pages.Url(path).AbsoluteUri;

        var error = await Assert.ThrowsAsync<InputRejectedException>(() => fetcher.FetchAsync(url, CancellationToken.None));

        Assert.Equal($"{url}: could not be fetched: {reason}", error.Message);
    }

    [Fact]
    public async Task Given_a_page_that_never_answers_When_fetched_Then_the_time_out_ends_it()
    {
        using var fetcher = Fetcher(timeoutSeconds: 1);
        var url = pages.Url("/slow.html").AbsoluteUri;

        var error = await Assert.ThrowsAsync<InputRejectedException>(() => fetcher.FetchAsync(url, CancellationToken.None));

        Assert.Equal($"{url}: could not be fetched: no complete answer within 1 s", error.Message);
    }

    [Fact]
    public async Task Given_a_page_that_trickles_in_a_byte_at_a_time_When_fetched_Then_the_time_out_of_the_whole_fetch_ends_it()
    {
        using var fetcher = Fetcher(timeoutSeconds: 1);
        var url = pages.Url("/drip.html").AbsoluteUri;

        var error = await Assert.ThrowsAsync<InputRejectedException>(() => fetcher.FetchAsync(url, CancellationToken.None));

        Assert.Equal($"{url}: could not be fetched: no complete answer within 1 s", error.Message);
    }
}
