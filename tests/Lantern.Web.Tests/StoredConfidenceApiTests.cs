using System.Net;
using System.Text.Json;

namespace Lantern.Web.Tests;

/// <summary><c>?minConfidence=</c> on a stored article and on the corpus statistics, and bad values, against the real app and SQLite corpus.</summary>
[Collection(CorpusAppCollection.Name)]
public sealed class StoredConfidenceApiTests(CorpusAppFixture app)
{
    [Fact]
    public async Task Given_a_stored_article_When_fetched_with_a_minimum_confidence_Then_only_its_findings_scored_at_least_that_remain()
    {
        using var search = JsonDocument.Parse(await app.Client.GetStringAsync("/api/articles?q=ref-7-3"));
        var id = search.RootElement.GetProperty("hits")[0].GetProperty("articleId").GetInt64();
        var stored = app.Entries[3].Analysis!;
        var cut = Math.Round(stored.Spans.Select(s => s.Score).Order().ElementAt(stored.Spans.Count / 2), 3);

        using var response = await app.Client.GetAsync($"/api/articles/{id}?minConfidence={cut.ToString(System.Globalization.CultureInfo.InvariantCulture)}");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        using var json = JsonDocument.Parse(await response.Content.ReadAsStringAsync());
        var spans = json.RootElement.GetProperty("analysis").GetProperty("spans").EnumerateArray()
            .Select(s => (s.GetProperty("technique").GetString()!, s.GetProperty("start").GetInt32(), s.GetProperty("length").GetInt32())).Order();
        Assert.Equal(stored.Spans.Where(s => s.Score >= cut).Select(s => (s.Technique, s.Start, s.Length)).Order(), spans);
    }

    [Fact]
    public async Task Given_a_corpus_When_its_statistics_are_asked_with_a_minimum_confidence_Then_only_spans_scored_at_least_that_are_counted()
    {
        const string source = "outlet01.example";
        var spans = app.Entries.Where(e => e.Source == source).SelectMany(e => e.Analysis!.Spans).ToList();
        var cut = Math.Round(spans.Select(s => s.Score).Order().ElementAt(spans.Count / 2), 3);
        var expected = spans.Where(s => s.Score >= cut).GroupBy(s => s.Technique).ToDictionary(g => g.Key, g => (long)g.Count());

        var all = await SpansPerTechniqueAsync($"/api/stats?by=technique&source={source}");
        var confident = await SpansPerTechniqueAsync($"/api/stats?by=technique&source={source}&minConfidence={cut.ToString(System.Globalization.CultureInfo.InvariantCulture)}");

        Assert.Equal(spans.Count, all.Values.Sum());
        Assert.Equal(expected.OrderBy(p => p.Key), confident.Where(p => p.Value > 0).OrderBy(p => p.Key));
        Assert.True(confident.Values.Sum() < all.Values.Sum());
    }

    private async Task<Dictionary<string, long>> SpansPerTechniqueAsync(string path)
    {
        using var json = JsonDocument.Parse(await app.Client.GetStringAsync(path));
        return json.RootElement.GetProperty("rows").EnumerateArray()
            .ToDictionary(r => r.GetProperty("technique").GetString()!, r => r.GetProperty("spans").GetInt64());
    }

    [Theory]
    [InlineData("/api/articles/1?minConfidence=7", "minConfidence:")]
    [InlineData("/api/articles/1?preset=high-recall", "preset:")]
    [InlineData("/api/stats?minConfidence=1.5", "minConfidence:")]
    [InlineData("/api/articles?q=council&minConfidence=-1", "minConfidence:")]
    public async Task Given_a_confidence_parameter_the_route_cannot_honour_When_requested_Then_a_one_line_400_problem_says_so(string path, string start)
    {
        using var response = await app.Client.GetAsync(path);
        var problem = await Problem.ReadAsync(response);

        Assert.Equal(HttpStatusCode.BadRequest, problem.Status);
        Assert.StartsWith(start, problem.Detail, StringComparison.Ordinal);
    }
}
