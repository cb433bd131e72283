using System.Text.Json;
using Microsoft.Playwright;

namespace Lantern.Web.Tests;

/// <summary>The Analyse page's "Explain" button in headless Chromium: cue words of a span and of a paragraph label, on demand only.</summary>
[Collection(WebAppCollection.Name)]
public sealed class ExplainPopoverTests(WebAppFixture app, BrowserFixture browser) : IAsyncLifetime
{
    private readonly List<string> dialogs = [];
    private readonly List<string> consoleErrors = [];
    private readonly List<string> explainRequests = [];
    private IBrowserContext context = null!;
    private IPage page = null!;

    public async Task InitializeAsync()
    {
        (context, page) = await PageTesting.OpenAsync(browser.Browser, app.BaseAddress, dialogs, consoleErrors);
        page.Request += (_, request) =>
        {
            if (request.Url.EndsWith("/api/explain", StringComparison.Ordinal))
            {
                explainRequests.Add(request.Url);
            }
        };
        await page.GotoAsync("/");
    }

    public async Task DisposeAsync() => await context.CloseAsync();

    [Fact]
    public async Task Given_a_highlight_When_its_popover_Explain_is_clicked_Then_the_cue_words_of_the_answer_are_shown_in_order()
    {
        var analysis = await PageTesting.AnalyseAsync(page, Articles.Opinion);
        await page.Locator("#article mark.first[data-span=\"0\"]").ClickAsync();
        await page.WaitForSelectorAsync("#popover:not([hidden])");
        Assert.Empty(explainRequests); // analysing and opening the popover never explain by themselves

        var answer = await ExplainAsync(page.Locator("#popover-body section[data-span=\"0\"] .explain-button"));

        var explanation = answer.GetProperty("span");
        var span = analysis.GetProperty("spans")[0];
        Assert.Equal(span.GetProperty("start").GetInt32(), explanation.GetProperty("start").GetInt32());
        var expected = explanation.GetProperty("cues").EnumerateArray().Select(c => c.GetProperty("text").GetString()!).ToList();
        await AssertCuesShownAsync(page.Locator("#popover-body section[data-span=\"0\"]"), expected);
        await page.ScreenshotAsync(new PageScreenshotOptions { Path = Path.Combine(RepositoryPaths.Screenshots(), "explain-span.png"), FullPage = true });
        Assert.Single(explainRequests);
        Assert.Empty(consoleErrors);
        Assert.Empty(dialogs);
    }

    [Fact]
    public async Task Given_a_paragraph_label_When_clicked_and_explained_Then_its_cue_words_and_definition_are_shown()
    {
        var analysis = await PageTesting.AnalyseAsync(page, ExplainApiTests.Labelled);
        var chip = page.Locator("#article .para-chip").First;
        var technique = await chip.GetAttributeAsync("data-technique");

        await chip.ClickAsync();
        await page.WaitForSelectorAsync("#popover:not([hidden])");
        var answer = await ExplainAsync(page.Locator("#popover-body .popover-paragraph .explain-button"));

        var explanation = answer.GetProperty("paragraph");
        Assert.Equal(technique, explanation.GetProperty("technique").GetString());
        var expected = explanation.GetProperty("cues").EnumerateArray().Select(c => c.GetProperty("text").GetString()!).ToList();
        var section = page.Locator("#popover-body .popover-paragraph");
        await AssertCuesShownAsync(section, expected);
        Assert.Equal(explanation.GetProperty("definition").GetString(), await section.Locator(".why-definition").TextContentAsync());
        Assert.Contains(analysis.GetProperty("paragraphs").EnumerateArray(), p => p.GetProperty("techniques").EnumerateArray().Any(t => t.GetProperty("label").GetString() == technique));
        Assert.Empty(consoleErrors);
        Assert.Empty(dialogs);
    }

    private async Task<JsonElement> ExplainAsync(ILocator button)
    {
        var response = await page.RunAndWaitForResponseAsync(() => button.ClickAsync(), r => r.Url.EndsWith("/api/explain", StringComparison.Ordinal));
        Assert.Equal(200, response.Status);
        var answer = JsonDocument.Parse(await response.TextAsync()).RootElement.Clone();
        await page.WaitForSelectorAsync("#popover-body .why-body h5");
        return answer;
    }

    private static async Task AssertCuesShownAsync(ILocator section, List<string> expected)
    {
        if (expected.Count == 0)
        {
            Assert.Equal("No single word lowers the score.", await section.Locator(".why-none").First.TextContentAsync());
            return;
        }

        Assert.Equal(expected, await section.Locator(".cue .cue-text").AllTextContentsAsync());
    }
}
