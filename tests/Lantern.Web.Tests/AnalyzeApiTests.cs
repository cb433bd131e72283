using System.Net;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using Lantern.Analysis.Rendering;
using Lantern.Reading;

namespace Lantern.Web.Tests;

[Collection(WebAppCollection.Name)]
public sealed class AnalyzeApiTests(WebAppFixture app)
{
    [Fact]
    public async Task Given_plain_text_When_posted_Then_the_answer_is_the_json_of_lantern_analyze_for_that_text()
    {
        using var content = new StringContent(Articles.Opinion, Encoding.UTF8, "text/plain");

        using var response = await app.Client.PostAsync("/api/analyze", content);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("application/json", response.Content.Headers.ContentType?.MediaType);
        using var stream = new MemoryStream(Encoding.UTF8.GetBytes(Articles.Opinion));
        var expected = AnalysisJson.Serialize(app.Analyzer.Analyze(PlainTextReader.Read(stream, "request body", id: "request")));
        Assert.Equal(expected, await response.Content.ReadAsStringAsync());
        Assert.Matches(@"analyze;dur=\d+\.\d", string.Join(',', response.Headers.GetValues("Server-Timing")));
    }

    [Fact]
    public async Task Given_plain_text_When_analysed_Then_every_span_names_the_exact_text_at_its_offsets()
    {
        using var content = new StringContent(Articles.Opinion, Encoding.UTF8, "text/plain");

        using var response = await app.Client.PostAsync("/api/analyze", content);
        using var json = JsonDocument.Parse(await response.Content.ReadAsStringAsync());

        var text = json.RootElement.GetProperty("text").GetString()!;
        Assert.Equal(Articles.Opinion, text);
        var spans = json.RootElement.GetProperty("spans").EnumerateArray().ToList();
        Assert.NotEmpty(spans);
        foreach (var span in spans)
        {
            var start = span.GetProperty("start").GetInt32();
            var length = span.GetProperty("length").GetInt32();
            Assert.Equal(text.Substring(start, length), span.GetProperty("text").GetString());
        }
    }

    [Fact]
    public async Task Given_json_with_text_and_title_When_posted_Then_the_title_is_the_one_given()
    {
        using var response = await app.Client.PostAsJsonAsync("/api/analyze", new { text = Articles.Opinion, title = "Parks <b>budget</b>" });

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        using var json = JsonDocument.Parse(await response.Content.ReadAsStringAsync());
        Assert.Equal("Parks <b>budget</b>", json.RootElement.GetProperty("title").GetString());
        Assert.Equal(Articles.Opinion, json.RootElement.GetProperty("text").GetString());
    }

    [Fact]
    public async Task Given_an_html_page_When_posted_Then_its_main_text_is_analysed_without_the_script()
    {
        const string html = "<!doctype html><html><head><title>Harbour plan</title><script>var secret = 'do not read me';</script></head>" +
            "<body><article><h1>Harbour plan</h1><p>The harbour board approved a new ferry terminal on Monday after a long debate.</p>" +
            "<p>Opponents called the plan a reckless waste of money that will ruin the old quay forever.</p></article></body></html>";
        using var content = new StringContent(html, Encoding.UTF8, "text/html");

        using var response = await app.Client.PostAsync("/api/analyze", content);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        using var json = JsonDocument.Parse(await response.Content.ReadAsStringAsync());
        var text = json.RootElement.GetProperty("text").GetString()!;
        Assert.Contains("reckless waste of money", text, StringComparison.Ordinal);
        Assert.DoesNotContain("do not read me", text, StringComparison.Ordinal);
    }
}
