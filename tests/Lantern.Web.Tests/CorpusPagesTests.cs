using System.Text.Json;
using Microsoft.Playwright;

namespace Lantern.Web.Tests;

/// <summary>The Corpus and Dashboard pages in headless Chromium against the real app serving a real SQLite corpus.</summary>
[Collection(CorpusAppCollection.Name)]
public sealed class CorpusPagesTests(CorpusAppFixture app, BrowserFixture browser) : BrowserPageTests(browser, app.BaseAddress, null)
{
    private Task<byte[]> ScreenshotAsync(string name) => PageTesting.ScreenshotAsync(Page, name);

    private async Task<JsonElement> ApiAsync(string path) =>
        JsonDocument.Parse(await app.Client.GetStringAsync(path)).RootElement.Clone();

    private async Task SearchAsync(string words)
    {
        await Page.GotoAsync("/corpus");
        await Page.FillAsync("#q", words);
        await Page.RunAndWaitForResponseAsync(() => Page.ClickAsync("#search-submit"), r => r.Url.Contains("/api/articles?", StringComparison.Ordinal));
        await Page.WaitForSelectorAsync("#hits-box:not([hidden])");
    }

    [Fact]
    public async Task Given_the_corpus_When_the_dashboard_opens_Then_its_charts_draw_the_stats_and_two_sources_compare()
    {
        var sources = (await ApiAsync("/api/stats?by=source")).GetProperty("rows").EnumerateArray().Select(r => r.GetProperty("group").GetString()).Distinct().Count();
        var techniques = (await ApiAsync("/api/stats?by=technique")).GetProperty("rows").EnumerateArray().Count(r => r.GetProperty("spans").GetInt64() > 0);

        await Page.GotoAsync("/dashboard");
        await Page.WaitForSelectorAsync("#time-chart svg polyline");
        await Page.WaitForSelectorAsync("#source-chart svg rect");

        Assert.InRange(await Page.Locator("#time-chart svg polyline").CountAsync(), 1, 5);
        Assert.True(int.Parse(await Page.Locator("#time-chart").GetAttributeAsync("data-points") ?? "0", System.Globalization.CultureInfo.InvariantCulture) >= 12);
        Assert.Equal(sources, await Page.Locator("#source-chart svg rect").CountAsync());
        Assert.Equal(techniques, await Page.Locator("#technique-chart svg rect").CountAsync());
        var widths = await Page.EvaluateAsync<double[]>("[...document.querySelectorAll('#source-chart rect')].map(r => r.getBBox().width)");
        Assert.All(widths, w => Assert.True(w > 0));

        await Page.RunAndWaitForResponseAsync(() => Page.ClickAsync("#compare-submit"), r => r.Url.Contains("/api/compare?", StringComparison.Ordinal));
        await Page.WaitForSelectorAsync("#compare-table:not([hidden])");
        Assert.Equal(Lantern.Taxonomy.Labels.TechniqueLabels.Count, await Page.Locator("#compare-body tr").CountAsync());
        await ScreenshotAsync("dashboard");
        Assert.True(ConsoleErrors.Count == 0, string.Join(" | ", ConsoleErrors));
    }

    [Fact]
    public async Task Given_a_search_When_submitted_Then_hits_show_marked_snippets_and_a_hit_opens_its_article_view()
    {
        var api = await ApiAsync("/api/articles?q=council&pageSize=20");
        await SearchAsync("council");

        var hits = api.GetProperty("hits").EnumerateArray().ToList();
        Assert.Equal(hits.Count, await Page.Locator("#hits li.hit").CountAsync());
        var marks = await Page.Locator("#hits li.hit").First.Locator("mark.match").AllTextContentsAsync();
        Assert.NotEmpty(marks);
        Assert.All(marks, m => Assert.Equal("council", m, ignoreCase: true));
        Assert.Equal(hits[0].GetProperty("title").GetString(), await Page.Locator("#hits .hit-title").First.TextContentAsync());

        await Page.Locator("#hits .hit-title").First.ClickAsync();
        await Page.WaitForSelectorAsync("#result:not([hidden])");
        var article = await ApiAsync($"/api/articles/{hits[0].GetProperty("articleId").GetInt64()}");
        Assert.Equal(article.GetProperty("analysis").GetProperty("spans").GetArrayLength(), await Page.Locator("#article mark.hl.first").CountAsync());
        await ScreenshotAsync("corpus-search");
        Assert.Empty(ConsoleErrors);
    }

    [Fact]
    public async Task Given_an_article_with_markup_in_title_and_text_When_found_and_opened_Then_it_shows_as_text_and_nothing_runs()
    {
        await SearchAsync(CorpusAppFixture.HostileWord);

        Assert.Equal(CorpusAppFixture.HostileTitle, await Page.Locator("#hits .hit-title").First.TextContentAsync());
        await Page.Locator("#hits .hit-title").First.ClickAsync();
        await Page.WaitForSelectorAsync("#result:not([hidden])");
        await ScreenshotAsync("corpus-hostile");

        Assert.Equal(CorpusAppFixture.HostileTitle, await Page.Locator("#result-title").TextContentAsync());
        Assert.Contains("<script>alert('body')</script>", await Page.Locator("#article").TextContentAsync(), StringComparison.Ordinal);
        Assert.Equal(0, await Page.Locator("main img, main script").CountAsync());
        Assert.Empty(Dialogs);
        Assert.Empty(ConsoleErrors);
    }
}
