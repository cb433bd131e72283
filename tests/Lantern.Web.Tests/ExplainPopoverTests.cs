using System.Text.Json;
using Microsoft.Playwright;

namespace Lantern.Web.Tests;

/// <summary>The Analyse page's "Explain" button in headless Chromium: cue words of a span and of a paragraph label, on demand only.</summary>
[Collection(WebAppCollection.Name)]
public sealed class ExplainPopoverTests(WebAppFixture app, BrowserFixture browser) : BrowserPageTests(browser, app.BaseAddress, "/")
{
    private readonly List<string> explainRequests = [];

    protected override void Opened(IPage page) =>
        page.Request += (_, request) =>
        {
            if (request.Url.EndsWith("/api/explain", StringComparison.Ordinal))
            {
                explainRequests.Add(request.Url);
            }
        };

    [Fact]
    public async Task Given_a_highlight_When_its_popover_Explain_is_clicked_Then_the_cue_words_of_the_answer_are_shown_in_order()
    {
        var analysis = await PageTesting.AnalyseAsync(Page, Articles.Opinion);
        await Page.Locator("#article mark.first[data-span=\"0\"]").ClickAsync();
        await Page.WaitForSelectorAsync("#popover:not([hidden])");
        Assert.Empty(explainRequests); // analysing and opening the popover never explain by themselves

        var answer = await ExplainAsync(Page.Locator("#popover-body section[data-span=\"0\"] .explain-button"));

        var explanation = answer.GetProperty("span");
        var span = analysis.GetProperty("spans")[0];
        Assert.Equal(span.GetProperty("start").GetInt32(), explanation.GetProperty("start").GetInt32());
        var expected = explanation.GetProperty("cues").EnumerateArray().Select(c => c.GetProperty("text").GetString()!).ToList();
        await AssertCuesShownAsync(Page.Locator("#popover-body section[data-span=\"0\"]"), expected);
        await Page.ScreenshotAsync(new PageScreenshotOptions { Path = Path.Combine(RepositoryPaths.Screenshots(), "explain-span.png"), FullPage = true });
        Assert.Single(explainRequests);
        Assert.Empty(ConsoleErrors);
        Assert.Empty(Dialogs);
    }

    [Fact]
    public async Task Given_a_paragraph_label_When_clicked_and_explained_Then_its_cue_words_and_definition_are_shown()
    {
        var analysis = await PageTesting.AnalyseAsync(Page, ExplainApiTests.Labelled);
        var chip = Page.Locator("#article .para-chip").First;
        var technique = await chip.GetAttributeAsync("data-technique");

        await chip.ClickAsync();
        await Page.WaitForSelectorAsync("#popover:not([hidden])");
        var answer = await ExplainAsync(Page.Locator("#popover-body .popover-paragraph .explain-button"));

        var explanation = answer.GetProperty("paragraph");
        Assert.Equal(technique, explanation.GetProperty("technique").GetString());
        var expected = explanation.GetProperty("cues").EnumerateArray().Select(c => c.GetProperty("text").GetString()!).ToList();
        var section = Page.Locator("#popover-body .popover-paragraph");
        await AssertCuesShownAsync(section, expected);
        Assert.Equal(explanation.GetProperty("definition").GetString(), await section.Locator(".why-definition").TextContentAsync());
        Assert.Contains(analysis.GetProperty("paragraphs").EnumerateArray(), p => p.GetProperty("techniques").EnumerateArray().Any(t => t.GetProperty("label").GetString() == technique));
        Assert.Empty(ConsoleErrors);
        Assert.Empty(Dialogs);
    }

    private async Task<JsonElement> ExplainAsync(ILocator button)
    {
        var response = await Page.RunAndWaitForResponseAsync(() => button.ClickAsync(), r => r.Url.EndsWith("/api/explain", StringComparison.Ordinal));
        Assert.Equal(200, response.Status);
        var answer = JsonDocument.Parse(await response.TextAsync()).RootElement.Clone();
        await Page.WaitForSelectorAsync("#popover-body .why-body h5");
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
