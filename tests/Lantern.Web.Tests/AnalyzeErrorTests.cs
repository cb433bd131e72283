using System.Net;
using System.Net.Http.Headers;
using System.Text;

namespace Lantern.Web.Tests;

[Collection(WebAppCollection.Name)]
public sealed class AnalyzeErrorTests(WebAppFixture app)
{
    private async Task<Problem> PostAsync(byte[] body, string? contentType)
    {
        using var content = new ByteArrayContent(body);
        if (contentType is not null)
        {
            content.Headers.ContentType = MediaTypeHeaderValue.Parse(contentType);
        }

        // Expect: 100-continue (as curl sends for large bodies): the server refuses an oversized body from its
        // Content-Length before the client uploads it, instead of racing the upload and breaking the pipe.
        using var request = new HttpRequestMessage(HttpMethod.Post, "/api/analyze") { Content = content };
        request.Headers.ExpectContinue = body.Length > 1024 * 1024;
        using var response = await app.Client.SendAsync(request);
        var problem = await Problem.ReadAsync(response);
        Assert.Equal("application/problem+json", problem.ContentType);
        return problem;
    }

    [Fact]
    public async Task Given_an_empty_body_When_posted_Then_400_says_the_input_is_empty()
    {
        var problem = await PostAsync([], "text/plain");

        Assert.Equal(HttpStatusCode.BadRequest, problem.Status);
        Assert.Equal("request body: the input is empty (or only whitespace)", problem.Detail);
    }

    [Fact]
    public async Task Given_binary_data_When_posted_Then_400_names_the_NUL_byte()
    {
        var problem = await PostAsync([0x50, 0x4B, 0x03, 0x04, 0x00, 0x00, 0x01], "text/plain");

        Assert.Equal(HttpStatusCode.BadRequest, problem.Status);
        Assert.Equal("request body: looks like binary data (NUL byte at byte 4), not text", problem.Detail);
    }

    [Fact]
    public async Task Given_invalid_utf8_When_posted_Then_400_names_the_byte_without_the_cli_hint()
    {
        var problem = await PostAsync([.. "Caf\u00e9 "u8, 0xC3, 0x28, .. " au lait"u8], "text/plain; charset=utf-8");

        Assert.Equal(HttpStatusCode.BadRequest, problem.Status);
        Assert.Equal("request body: invalid UTF-8 at byte 6", problem.Detail);
    }

    [Theory]
    [InlineData("image/png")]
    [InlineData("application/x-www-form-urlencoded")]
    [InlineData(null)]
    public async Task Given_a_content_type_other_than_text_html_or_json_When_posted_Then_415_lists_the_accepted_types(string? type)
    {
        var problem = await PostAsync("hello world"u8.ToArray(), type);

        Assert.Equal(HttpStatusCode.UnsupportedMediaType, problem.Status);
        Assert.Contains("is not accepted (send one of: text/plain, text/html, application/json)", problem.Detail, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Given_a_charset_other_than_utf8_When_posted_Then_415_says_only_utf8_is_read()
    {
        var problem = await PostAsync("hello world"u8.ToArray(), "text/plain; charset=iso-8859-1");

        Assert.Equal(HttpStatusCode.UnsupportedMediaType, problem.Status);
        Assert.Contains("iso-8859-1 text is not supported, only UTF-8", problem.Detail, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Given_a_body_over_the_limit_When_posted_Then_413_names_the_limit()
    {
        var limit = new LanternWebOptions().MaxRequestBytes;
        var body = Encoding.UTF8.GetBytes(new string('a', (int)limit + 10));

        var problem = await PostAsync(body, "text/plain");

        Assert.Equal(HttpStatusCode.RequestEntityTooLarge, problem.Status);
        Assert.Equal($"request body: more than {limit} bytes, over this server's limit", problem.Detail);
    }

    [Theory]
    [InlineData("{\"text\": ", "request body: malformed JSON")]
    [InlineData("[1, 2]", "request body: malformed JSON")]
    [InlineData("{\"txt\": \"typo\"}", "request body: malformed JSON")]
    [InlineData("{\"title\": \"only a title\"}", "request body: give 'text' or 'url'")]
    [InlineData("{\"text\": \"   \"}", "request: the input is empty (or only whitespace)")]
    public async Task Given_bad_json_When_posted_Then_400_says_what_is_wrong(string json, string expected)
    {
        var problem = await PostAsync(Encoding.UTF8.GetBytes(json), "application/json");

        Assert.Equal(HttpStatusCode.BadRequest, problem.Status);
        Assert.StartsWith(expected, problem.Detail, StringComparison.Ordinal);
        Assert.DoesNotContain('\n', problem.Detail);
    }

    [Fact]
    public async Task Given_an_unknown_api_path_When_requested_Then_404_is_problem_json()
    {
        using var response = await app.Client.GetAsync("/api/nothing-here");

        var problem = await Problem.ReadAsync(response);

        Assert.Equal(HttpStatusCode.NotFound, problem.Status);
        Assert.Equal("no API endpoint /api/nothing-here", problem.Detail);
    }

    [Fact]
    public async Task Given_analyze_When_requested_with_GET_Then_405_is_problem_json()
    {
        using var response = await app.Client.GetAsync("/api/analyze");

        Assert.Equal(HttpStatusCode.MethodNotAllowed, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
    }
}
