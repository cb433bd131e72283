using System.Net;
using System.Net.Http.Headers;
using System.Text;
using System.Text.Json;
using Lantern.Store;

namespace Lantern.Web.Tests;

/// <summary>The corpus API against the real app and a real SQLite corpus: search, filters, paging, one article, stats, compare, ingest.</summary>
[Collection(CorpusAppCollection.Name)]
public sealed class CorpusApiTests(CorpusAppFixture app)
{
    private async Task<JsonElement> GetJsonAsync(string path)
    {
        using var response = await app.Client.GetAsync(path);
        var body = await response.Content.ReadAsStringAsync();
        Assert.True(response.StatusCode == HttpStatusCode.OK, $"{path}: HTTP {(int)response.StatusCode} {body}");
        return JsonDocument.Parse(body).RootElement.Clone();
    }

    private static bool HasWord(string text, string word) =>
        System.Text.RegularExpressions.Regex.IsMatch(text, $@"\b{word}\b", System.Text.RegularExpressions.RegexOptions.IgnoreCase);

    private static List<JsonElement> Hits(JsonElement page) => [.. page.GetProperty("hits").EnumerateArray()];

    [Fact]
    public async Task Given_a_word_When_searched_Then_every_hit_marks_it_in_the_snippet_and_pages_do_not_overlap()
    {
        var first = await GetJsonAsync("/api/articles?q=council&pageSize=5");
        var second = await GetJsonAsync("/api/articles?q=council&pageSize=5&page=2");

        Assert.Equal(5, Hits(first).Count);
        Assert.True(first.GetProperty("more").GetBoolean());
        foreach (var hit in Hits(first).Concat(Hits(second)))
        {
            Assert.Contains("**council**", hit.GetProperty("snippet").GetString()!, StringComparison.OrdinalIgnoreCase);
        }

        var ids = Hits(first).Concat(Hits(second)).Select(h => h.GetProperty("articleId").GetInt64()).ToList();
        Assert.Equal(ids.Count, ids.Distinct().Count());
        var expected = app.Entries.Count(e => HasWord(e.Article.Text, "council"));
        Assert.True(expected > 10, $"the synthetic corpus has {expected} articles with 'council'");
    }

    [Fact]
    public async Task Given_a_source_filter_When_searched_Then_only_that_sources_articles_come_back_and_all_of_them()
    {
        var source = app.Entries[0].Source!;
        var page = await GetJsonAsync($"/api/articles?q=the&source={source}&pageSize=100");

        var hits = Hits(page);
        Assert.All(hits, h => Assert.Equal(source, h.GetProperty("source").GetString()));
        Assert.Equal(app.Entries.Count(e => e.Source == source && HasWord(e.Article.Text, "the")), hits.Count);
    }

    [Fact]
    public async Task Given_a_technique_filter_When_searched_Then_every_hit_has_a_span_of_it()
    {
        var page = await GetJsonAsync("/api/articles?q=the&technique=loaded_language&pageSize=100");

        var hits = Hits(page);
        Assert.NotEmpty(hits);
        Assert.All(hits, h => Assert.Contains(h.GetProperty("techniques").EnumerateArray(), t => t.GetProperty("technique").GetString() == "Loaded_Language"));
        var expected = app.Entries.Count(e => e.Analysis!.Spans.Any(s => s.Technique == "Loaded_Language") && HasWord(e.Article.Text, "the"));
        Assert.Equal(expected, hits.Count(h => h.GetProperty("externalId").GetString()!.StartsWith("synthetic-", StringComparison.Ordinal)));
    }

    [Theory]
    [InlineData("/api/articles", "q:")]
    [InlineData("/api/articles?q=%20%2A%2A", "q:")]
    [InlineData("/api/articles?q=tax&technique=Shouting", "technique:")]
    [InlineData("/api/articles?q=tax&frame=Nonsense", "frame:")]
    [InlineData("/api/articles?q=tax&genre=poetry", "genre:")]
    [InlineData("/api/articles?q=tax&from=2025-13-01", "from:")]
    [InlineData("/api/articles?q=tax&from=2025-06-01&to=2025-01-01", "from:")]
    [InlineData("/api/articles?q=tax&lang=e%3Bn", "lang:")]
    [InlineData("/api/articles?q=tax&pageSize=0", "pageSize:")]
    [InlineData("/api/articles?q=tax&pageSize=5000", "pageSize:")]
    [InlineData("/api/articles?q=tax&page=-1", "page:")]
    [InlineData("/api/articles?q=tax&page=abc", "page:")]
    [InlineData("/api/articles?q=tax&page=999999", "page:")]
    [InlineData("/api/articles?q=tax&q=rent", "q:")]
    [InlineData("/api/articles?q=tax&sort=date", "unknown query parameter 'sort'")]
    [InlineData("/api/articles/abc", "id:")]
    [InlineData("/api/stats?by=year", "by:")]
    [InlineData("/api/stats?by=1", "by:")]
    [InlineData("/api/compare?a=outlet01.example", "b:")]
    [InlineData("/api/compare?a=x&b=y&source=z", "unknown query parameter 'source'")]
    public async Task Given_a_bad_parameter_When_requested_Then_the_answer_is_a_one_line_400_problem_naming_it(string path, string start)
    {
        using var response = await app.Client.GetAsync(path);
        var problem = await Problem.ReadAsync(response);

        Assert.Equal(HttpStatusCode.BadRequest, problem.Status);
        Assert.Equal("application/problem+json", problem.ContentType);
        Assert.StartsWith(start, problem.Detail, StringComparison.Ordinal);
        Assert.DoesNotContain('\n', problem.Detail);
    }

    [Fact]
    public async Task Given_a_stored_article_When_fetched_by_id_Then_its_spans_point_at_their_text_and_match_the_saved_analysis()
    {
        var hit = Hits(await GetJsonAsync("/api/articles?q=ref-7-3")).Single();
        var article = await GetJsonAsync($"/api/articles/{hit.GetProperty("articleId").GetInt64()}");

        var entry = app.Entries[3];
        var text = article.GetProperty("text").GetString()!;
        Assert.Equal(entry.Article.Text, text);
        var analysis = article.GetProperty("analysis");
        Assert.Equal(entry.Analysis!.Genre.Label, analysis.GetProperty("genre").GetProperty("label").GetString());
        var spans = analysis.GetProperty("spans").EnumerateArray().ToList();
        Assert.Equal(entry.Analysis.Spans.Count, spans.Count);
        foreach (var span in spans)
        {
            var start = span.GetProperty("start").GetInt32();
            var length = span.GetProperty("length").GetInt32();
            Assert.Equal(text.Substring(start, length), span.GetProperty("text").GetString());
        }

        Assert.Equal(
            entry.Analysis.Spans.Select(s => (s.Technique, s.Start, s.Length)).Order(),
            spans.Select(s => (s.GetProperty("technique").GetString()!, s.GetProperty("start").GetInt32(), s.GetProperty("length").GetInt32())).Order());
    }

    [Fact]
    public async Task Given_an_unknown_article_id_When_fetched_Then_the_answer_is_404_problem_json()
    {
        using var response = await app.Client.GetAsync("/api/articles/987654321");
        var problem = await Problem.ReadAsync(response);

        Assert.Equal(HttpStatusCode.NotFound, problem.Status);
        Assert.Contains("987654321", problem.Detail, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Given_the_corpus_When_stats_by_source_Then_each_source_counts_its_saved_articles()
    {
        var stats = await GetJsonAsync("/api/stats?by=source&genre=opinion");

        Assert.Equal("source", stats.GetProperty("by").GetString());
        var perSource = stats.GetProperty("rows").EnumerateArray()
            .GroupBy(r => r.GetProperty("group").GetString()!)
            .ToDictionary(g => g.Key, g => g.First().GetProperty("articles").GetInt64());
        var expected = app.Entries.Where(e => e.Analysis!.Genre.Label == "opinion").GroupBy(e => e.Source!).ToDictionary(g => g.Key, g => (long)g.Count());
        foreach (var (source, count) in expected)
        {
            Assert.Equal(count, perSource[source]);
        }
    }

    [Fact]
    public async Task Given_two_sources_When_compared_Then_both_sides_count_their_articles_and_every_technique_has_an_interval()
    {
        var (a, b) = (app.Entries[0].Source!, app.Entries.First(e => e.Source != app.Entries[0].Source).Source!);
        var compare = await GetJsonAsync($"/api/compare?a={a}&b={b}");

        Assert.Equal(app.Entries.Count(e => e.Source == a), compare.GetProperty("a").GetProperty("articles").GetInt32());
        Assert.Equal(app.Entries.Count(e => e.Source == b), compare.GetProperty("b").GetProperty("articles").GetInt32());
        var techniques = compare.GetProperty("techniques").EnumerateArray().ToList();
        Assert.Equal(Lantern.Taxonomy.Labels.TechniqueLabels.Count, techniques.Count);
        Assert.All(techniques, t => Assert.True(t.GetProperty("rateLow").GetDouble() <= t.GetProperty("rateHigh").GetDouble()));
    }

    [Fact]
    public async Task Given_an_unknown_source_When_compared_Then_the_answer_is_404_naming_it()
    {
        using var response = await app.Client.GetAsync($"/api/compare?a=nowhere.example&b={app.Entries[0].Source}");
        var problem = await Problem.ReadAsync(response);

        Assert.Equal(HttpStatusCode.NotFound, problem.Status);
        Assert.Contains("nowhere.example", problem.Detail, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Given_the_corpus_api_When_the_openapi_document_is_read_Then_it_lists_every_corpus_route()
    {
        var paths = (await GetJsonAsync("/openapi/v1.json")).GetProperty("paths");

        foreach (var (path, method) in new[] { ("/api/articles", "get"), ("/api/articles/{id}", "get"), ("/api/stats", "get"), ("/api/compare", "get"), ("/api/ingest", "post") })
        {
            Assert.True(paths.TryGetProperty(path, out var item), $"{path} is missing from the OpenAPI document");
            Assert.True(item.TryGetProperty(method, out _), $"{method} {path} is missing from the OpenAPI document");
        }
    }

    private async Task<HttpResponseMessage> IngestAsync(string text, string? token)
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, "/api/ingest")
        {
            Content = new StringContent(JsonSerializer.Serialize(new { text, title = "Ingested", url = "https://www.ingest.example/story" }), Encoding.UTF8, "application/json"),
        };
        if (token is not null)
        {
            request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", token);
        }

        return await app.Client.SendAsync(request);
    }

    [Theory]
    [InlineData(null)]
    [InlineData("wrong-token")]
    [InlineData(CorpusAppFixture.Token + "x")]
    public async Task Given_no_or_a_wrong_token_When_ingesting_Then_the_answer_is_401_and_nothing_is_stored(string? token)
    {
        var before = await app.Store.CountsAsync();
        using var response = await IngestAsync("Quokka wardens say the harbour plan is a catastrophe for everyone.\n", token);
        var problem = await Problem.ReadAsync(response);

        Assert.Equal(HttpStatusCode.Unauthorized, problem.Status);
        Assert.Equal("Bearer", response.Headers.WwwAuthenticate.Single().Scheme);
        Assert.Equal(before.Articles, (await app.Store.CountsAsync()).Articles);
    }

    [Fact]
    public async Task Given_the_token_When_ingesting_an_article_twice_Then_it_is_stored_once_and_found_by_search()
    {
        const string Text = "Ingest check\n\nThe narwhal committee calls the ferry timetable a shameful disaster for islanders.\n";
        using var first = await IngestAsync(Text, CorpusAppFixture.Token);
        using var second = await IngestAsync(Text, CorpusAppFixture.Token);

        Assert.Equal(HttpStatusCode.Created, first.StatusCode);
        Assert.True(JsonDocument.Parse(await first.Content.ReadAsStringAsync()).RootElement.GetProperty("added").GetBoolean());
        Assert.Equal(HttpStatusCode.OK, second.StatusCode);
        Assert.True(JsonDocument.Parse(await second.Content.ReadAsStringAsync()).RootElement.GetProperty("duplicate").GetBoolean());
        var hit = Hits(await GetJsonAsync("/api/articles?q=narwhal")).Single();
        Assert.Equal("ingest.example", hit.GetProperty("source").GetString());
        Assert.Contains("**narwhal**", hit.GetProperty("snippet").GetString()!, StringComparison.OrdinalIgnoreCase);
    }
}
