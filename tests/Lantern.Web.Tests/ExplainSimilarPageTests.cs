using System.Text.Json;
using Microsoft.Playwright;

namespace Lantern.Web.Tests;

/// <summary>The Analyse page on a server with a corpus: the explanation popover lists the similar stored passages.</summary>
[Collection(CorpusAppCollection.Name)]
public sealed class ExplainSimilarPageTests(CorpusAppFixture app, BrowserFixture browser) : BrowserPageTests(browser, app.BaseAddress, "/")
{
    [Fact]
    public async Task Given_a_corpus_When_a_span_is_explained_Then_the_popover_lists_its_similar_passages_with_links_to_them()
    {
        await PageTesting.AnalyseAsync(Page, "Zebrafish row deepens\n\nThe zebrafish council is a disgrace and a total disaster, says every honest voter in the valley.\n");
        await Page.Locator("#article mark.first[data-span=\"0\"]").ClickAsync();
        await Page.WaitForSelectorAsync("#popover:not([hidden])");

        var response = await Page.RunAndWaitForResponseAsync(
            () => Page.Locator("#popover-body section[data-span=\"0\"] .explain-button").ClickAsync(),
            r => r.Url.EndsWith("/api/explain", StringComparison.Ordinal));
        var answer = JsonDocument.Parse(await response.TextAsync()).RootElement;
        await Page.WaitForSelectorAsync("#popover-body .why-body h5");

        Assert.True(answer.GetProperty("corpus").GetBoolean());
        var similar = answer.GetProperty("span").GetProperty("similar").EnumerateArray().ToList();
        var section = Page.Locator("#popover-body section[data-span=\"0\"]");
        Assert.Contains("Similar passages in your corpus", await section.Locator(".why-body").TextContentAsync(), StringComparison.Ordinal);
        Assert.Equal(similar.Select(s => s.GetProperty("text").GetString()), await section.Locator(".similar-item .similar-text").AllTextContentsAsync());
        Assert.Equal(
            similar.Select(s => $"/corpus?article={s.GetProperty("articleId").GetInt64()}"),
            await section.Locator(".similar-item a.similar-title").EvaluateAllAsync<string[]>("links => links.map(a => a.getAttribute('href'))"));
        Assert.Empty(Dialogs);
        Assert.Empty(ConsoleErrors);
    }
}
