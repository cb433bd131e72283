using System.Text.Json;
using System.Text.Json.Nodes;
using Microsoft.Playwright;

namespace Lantern.Web.Tests;

/// <summary>
/// How the page draws spans that overlap, nest, coincide or cross a paragraph break. The model cannot be made to
/// produce such spans on demand, so the page's request goes to the real API and the browser then adds crafted spans
/// (each with its exact text from the offsets) to that real answer before the page sees it.
/// </summary>
[Collection(WebAppCollection.Name)]
public sealed class OverlapRenderingTests(WebAppFixture app, BrowserFixture browser) : BrowserPageTests(browser, app.BaseAddress, "/")
{
    private static (string Technique, int Start, int End)[] Crafted(string text)
    {
        var second = text.IndexOf("Last Tuesday", StringComparison.Ordinal);
        var honest = text.IndexOf("Every honest resident", StringComparison.Ordinal);
        var broken = text.IndexOf("broken swings", StringComparison.Ordinal);
        return
        [
            ("Loaded_Language", honest, broken + "broken swings".Length),                          // outer
            ("Exaggeration-Minimisation", honest + "Every ".Length, honest + "Every honest resident knows".Length), // nested
            ("Doubt", honest + "Every ".Length, honest + "Every honest resident knows".Length),      // same range, other technique
            ("Slogans", broken, broken + "broken swings, locked toilets".Length),                  // overlaps the outer's end
            ("Appeal_to_Time", text.IndexOf("Rot", StringComparison.Ordinal), second + "Last".Length), // crosses a paragraph break
        ];
    }

    [Fact]
    public async Task Given_overlapping_nested_and_paragraph_crossing_spans_When_shown_Then_each_spans_pieces_join_to_its_exact_text()
    {
        var crafted = Crafted(Articles.Opinion);
        await Page.RouteAsync("**/api/analyze", async route =>
        {
            var response = await route.FetchAsync();
            var analysis = JsonNode.Parse(await response.TextAsync())!.AsObject();
            var text = analysis["text"]!.GetValue<string>();
            var spans = new JsonArray();
            foreach (var (technique, start, end) in crafted)
            {
                spans.Add(new JsonObject { ["technique"] = technique, ["start"] = start, ["length"] = end - start, ["text"] = text[start..end], ["score"] = 0.5 });
            }

            analysis["spans"] = spans;
            await route.FulfillAsync(new RouteFulfillOptions { Response = response, Body = analysis.ToJsonString() });
        });

        await Page.FillAsync("#text-input", Articles.Opinion);
        await Page.ClickAsync("#text-submit");
        await Page.WaitForSelectorAsync("#result:not([hidden])");
        await Page.ScreenshotAsync(new PageScreenshotOptions { Path = Path.Combine(RepositoryPaths.Screenshots(), "analyse-overlaps.png"), FullPage = true });

        Assert.Equal(crafted.Length, await Page.Locator("#article mark.first").CountAsync());
        for (var id = 0; id < crafted.Length; id++)
        {
            var (technique, start, end) = crafted[id];
            var shown = await Page.EvaluateAsync<string>(
                "id => [...document.querySelectorAll(`#article mark[data-span=\"${id}\"]`)].map(m => m.textContent).join('')", id);
            Assert.Equal(Articles.Opinion[start..end], shown);
            Assert.Equal(technique, await Page.Locator($"#article mark.first[data-span=\"{id}\"]").GetAttributeAsync("data-technique"));
        }

        // The nested and coinciding spans sit inside the outer one, whose underline is pushed below theirs.
        Assert.Equal(1, await Page.Locator("#article mark[data-span=\"0\"] mark[data-span=\"1\"] mark[data-span=\"2\"]").CountAsync());
        Assert.Contains("h2", (await Page.Locator("#article mark.first[data-span=\"0\"]").GetAttributeAsync("class"))!, StringComparison.Ordinal);

        // The span overlapping the outer one's end is split into two pieces; the one crossing a paragraph break too.
        Assert.Equal(2, await Page.Locator("#article mark[data-span=\"3\"]").CountAsync());
        Assert.True(await Page.Locator("#article mark[data-span=\"4\"]").CountAsync() >= 2);

        // Clicking the innermost text explains all three spans under it.
        await Page.Locator("#article mark.first[data-span=\"2\"]").ClickAsync();
        await Page.WaitForSelectorAsync("#popover:not([hidden])");
        Assert.Equal(["2", "1", "0"], await Page.Locator("#popover-body section").EvaluateAllAsync<string[]>("s => s.map(e => e.dataset.span)"));
        Assert.Equal("3 techniques here", await Page.Locator("#popover-h").TextContentAsync());
        Assert.Empty(Dialogs);
        Assert.Empty(ConsoleErrors);
    }
}
