using System.Globalization;
using System.Text.Json;
using Microsoft.Playwright;

namespace Lantern.Web.Tests;

/// <summary>
/// The voice filter on the Corpus and Dashboard pages and the call-to-action counts on the Dashboard, in headless
/// Chromium against the real app serving a real SQLite corpus: the selector goes into the API requests, and what the
/// pages show equals what the API answers for that voice.
/// </summary>
[Collection(CorpusAppCollection.Name)]
public sealed class CorpusVoicePagesTests(CorpusAppFixture app, BrowserFixture browser) : BrowserPageTests(browser, app.BaseAddress, null)
{
    private static readonly string[] FlagColumns = ["articles", "articlesCivic", "articlesHostile", "articlesViolent", "articlesFlagUnknown"];
    private static readonly string[] FlagCells = ["articles", "civic", "hostile", "violent", "unknown"];

    private async Task<JsonElement> ApiAsync(string path) => JsonDocument.Parse(await app.Client.GetStringAsync(path)).RootElement.Clone();

    private static long Number(string? text) => long.Parse(text!, CultureInfo.InvariantCulture);

    [Fact]
    public async Task Given_the_dashboard_When_it_opens_Then_each_source_shows_its_call_to_action_counts_and_the_total_row_sums_them()
    {
        var rows = (await ApiAsync("/api/stats?by=source")).GetProperty("rows").EnumerateArray().ToList();
        var groups = rows.GroupBy(r => r.GetProperty("group").GetString()).ToDictionary(g => g.Key!, g => g.First());

        await Page.GotoAsync("/dashboard");
        await Page.WaitForSelectorAsync("#flags-table:not([hidden])");

        Assert.Equal(groups.Count, await Page.Locator("#flags-body tr").CountAsync());
        foreach (var (source, row) in groups)
        {
            var line = Page.Locator("#flags-body tr").Filter(new() { Has = Page.Locator("th", new() { HasTextString = source }) });
            for (var i = 0; i < FlagColumns.Length; i++)
            {
                Assert.Equal(row.GetProperty(FlagColumns[i]).GetInt64(), Number(await line.Locator($"td[data-flag={FlagCells[i]}]").TextContentAsync()));
            }
        }

        for (var i = 0; i < FlagColumns.Length; i++)
        {
            var sum = groups.Values.Sum(r => r.GetProperty(FlagColumns[i]).GetInt64());
            Assert.Equal(sum, Number(await Page.Locator($"#flags-total td[data-flag={FlagCells[i]}]").TextContentAsync()));
        }

        // The synthetic corpus flags some articles civic, hostile and violent: the counts are not all zero.
        Assert.True(groups.Values.Sum(r => r.GetProperty("articlesViolent").GetInt64()) > 0);
        Assert.True(groups.Values.Sum(r => r.GetProperty("articlesCivic").GetInt64()) > 0);
        await PageTesting.ScreenshotAsync(Page, "dashboard-flags");
        Assert.Empty(ConsoleErrors);
    }

    [Theory]
    [InlineData("author")]
    [InlineData("quoted")]
    public async Task Given_the_dashboard_When_a_voice_is_chosen_and_drawn_Then_every_stats_request_asks_for_that_voice_and_the_bars_are_its_counts(string voice)
    {
        await Page.GotoAsync("/dashboard");
        await Page.WaitForSelectorAsync("#technique-chart svg rect");
        var requests = new List<string>();
        Page.Request += (_, request) =>
        {
            if (request.Url.Contains("/api/", StringComparison.Ordinal))
            {
                requests.Add(request.Url);
            }
        };

        await Page.SelectOptionAsync("#f-voice", voice);
        await Page.RunAndWaitForResponseAsync(() => Page.ClickAsync("#dash-submit"), r => r.Url.Contains("by=technique", StringComparison.Ordinal));
        // A locator wait, not WaitForFunctionAsync: a string predicate is evaluated with eval, which the page's CSP refuses.
        await Page.Locator("#voice-note", new() { HasTextString = voice == "author" ? "author's own words" : "quoted or reported" }).WaitForAsync();

        var stats = requests.Where(u => u.Contains("/api/stats?", StringComparison.Ordinal)).ToList();
        Assert.Equal(3, stats.Count);
        Assert.All(stats, u => Assert.Contains($"voice={voice}", u, StringComparison.Ordinal));
        var expected = (await ApiAsync($"/api/stats?by=technique&voice={voice}")).GetProperty("rows").EnumerateArray().Count(r => r.GetProperty("spans").GetInt64() > 0);
        Assert.Equal(expected, await Page.Locator("#technique-chart svg rect").CountAsync());

        await Page.RunAndWaitForResponseAsync(() => Page.ClickAsync("#compare-submit"), r => r.Url.Contains("/api/compare?", StringComparison.Ordinal));
        Assert.Contains(requests, u => u.Contains("/api/compare?", StringComparison.Ordinal) && u.Contains($"voice={voice}", StringComparison.Ordinal));
        await PageTesting.ScreenshotAsync(Page, $"dashboard-voice-{voice}");
        Assert.Empty(ConsoleErrors);
    }

    [Fact]
    public async Task Given_the_corpus_page_When_a_search_is_made_in_the_authors_voice_Then_the_request_asks_for_it_and_the_hits_are_that_answers()
    {
        var every = await ApiAsync("/api/articles?q=council&pageSize=20");
        var author = await ApiAsync("/api/articles?q=council&pageSize=20&voice=author");
        static string Chips(JsonElement hit) => string.Join(" ", hit.GetProperty("techniques").EnumerateArray().Select(t => $"{t.GetProperty("technique").GetString()}×{t.GetProperty("spans").GetInt64()}"));
        var authorChips = author.GetProperty("hits").EnumerateArray().Select(Chips).ToList();
        Assert.NotEqual(every.GetProperty("hits").EnumerateArray().Select(Chips).ToList(), authorChips); // the voice changes what is counted

        await Page.GotoAsync("/corpus");
        await Page.FillAsync("#q", "council");
        await Page.SelectOptionAsync("#f-voice", "author");
        var response = await Page.RunAndWaitForResponseAsync(() => Page.ClickAsync("#search-submit"), r => r.Url.Contains("/api/articles?", StringComparison.Ordinal));
        await Page.WaitForSelectorAsync("#hits-box:not([hidden])");

        Assert.Contains("voice=author", response.Url, StringComparison.Ordinal);
        var hits = Page.Locator("#hits li.hit");
        Assert.Equal(authorChips.Count, await hits.CountAsync());
        for (var i = 0; i < authorChips.Count; i++)
        {
            Assert.Equal(author.GetProperty("hits")[i].GetProperty("title").GetString(), await hits.Nth(i).Locator(".hit-title").TextContentAsync());
            Assert.Equal(author.GetProperty("hits")[i].GetProperty("techniques").GetArrayLength(), await hits.Nth(i).Locator(".hit-techniques li").CountAsync());
        }

        Assert.Contains("author's own words", await Page.Locator("#hits-summary").TextContentAsync(), StringComparison.Ordinal);
        await PageTesting.ScreenshotAsync(Page, "corpus-voice");
        Assert.Empty(ConsoleErrors);
    }
}
