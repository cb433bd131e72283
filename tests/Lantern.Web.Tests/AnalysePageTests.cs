using System.Text.Json;
using Microsoft.Playwright;

namespace Lantern.Web.Tests;

/// <summary>The Analyse page in headless Chromium against the real app.</summary>
[Collection(WebAppCollection.Name)]
public sealed class AnalysePageTests(WebAppFixture app, BrowserFixture browser) : BrowserPageTests(browser, app.BaseAddress, "/")
{
    private Task<byte[]> ScreenshotAsync(string name) => PageTesting.ScreenshotAsync(Page, name);

    [Fact]
    public async Task Given_a_pasted_article_When_analysed_Then_each_highlight_covers_exactly_the_words_of_its_span()
    {
        var analysis = await PageTesting.AnalyseAsync(Page, Articles.Opinion);
        await ScreenshotAsync("analyse-opinion");

        var spans = analysis.GetProperty("spans").EnumerateArray().ToList();
        Assert.NotEmpty(spans);
        Assert.Equal(spans.Count, await Page.Locator("#article mark.hl.first").CountAsync());
        for (var id = 0; id < spans.Count; id++)
        {
            // A span that overlaps another without nesting is drawn as several pieces: joined, they are its text.
            var shown = await Page.EvaluateAsync<string>(
                "id => [...document.querySelectorAll(`#article mark[data-span=\"${id}\"]`)].map(m => m.textContent).join('')", id);
            Assert.Equal(spans[id].GetProperty("text").GetString(), shown);
            var technique = await Page.Locator($"#article mark.first[data-span=\"{id}\"]").GetAttributeAsync("data-technique");
            Assert.Equal(spans[id].GetProperty("technique").GetString(), technique);
        }

        // The article as shown is the text the offsets point into, character for character.
        Assert.Equal(analysis.GetProperty("text").GetString(), await Page.EvaluateAsync<string>("document.getElementById('article').querySelectorAll('.para-text, .gap').values().map(e => e.textContent).toArray().join('')"));
        Assert.Empty(ConsoleErrors);
    }

    [Fact]
    public async Task Given_an_analysis_When_shown_Then_the_legend_counts_each_technique_and_paragraphs_are_labelled()
    {
        var analysis = await PageTesting.AnalyseAsync(Page, Articles.Opinion);

        var counts = analysis.GetProperty("spans").EnumerateArray().GroupBy(s => s.GetProperty("technique").GetString()!).ToDictionary(g => g.Key, g => g.Count());
        Assert.Equal(counts.Count, await Page.Locator("#legend .legend-item").CountAsync());
        foreach (var (technique, count) in counts)
        {
            var item = Page.Locator($"#legend .legend-item[data-technique=\"{technique}\"]");
            Assert.Equal($"× {count}", await item.Locator(".legend-count").TextContentAsync());
            Assert.False(string.IsNullOrWhiteSpace(await item.Locator(".legend-definition").TextContentAsync()));
        }

        Assert.Equal(analysis.GetProperty("paragraphs").GetArrayLength(), await Page.Locator("#article .para").CountAsync());
        var genre = analysis.GetProperty("genre").GetProperty("label").GetString()!;
        Assert.Contains(genre, (await Page.Locator("#summary").TextContentAsync())!, StringComparison.OrdinalIgnoreCase);
    }

    [Fact]
    public async Task Given_a_highlight_When_clicked_or_focused_and_Enter_pressed_Then_a_popover_explains_it()
    {
        var analysis = await PageTesting.AnalyseAsync(Page, Articles.Opinion);
        var span = analysis.GetProperty("spans")[0];
        var mark = Page.Locator("#article mark.first[data-span=\"0\"]");

        await mark.ClickAsync();
        await Page.WaitForSelectorAsync("#popover:not([hidden])");
        await ScreenshotAsync("analyse-popover");
        var section = Page.Locator("#popover-body section[data-span=\"0\"]");
        Assert.Equal(span.GetProperty("text").GetString(), await section.Locator(".popover-text").TextContentAsync());
        Assert.Equal(span.GetProperty("score").GetDouble().ToString("0.00", System.Globalization.CultureInfo.InvariantCulture), await section.Locator(".popover-score").TextContentAsync());
        Assert.False(string.IsNullOrWhiteSpace(await section.Locator(".popover-definition").TextContentAsync()));

        await Page.Keyboard.PressAsync("Escape");
        Assert.True(await Page.Locator("#popover").IsHiddenAsync());
        Assert.Equal("0", await Page.EvaluateAsync<string>("document.activeElement.dataset.span"));

        await Page.Keyboard.PressAsync("Enter");
        await Page.WaitForSelectorAsync("#popover:not([hidden])");
        Assert.Equal(span.GetProperty("text").GetString(), await Page.Locator("#popover-body section[data-span=\"0\"] .popover-text").TextContentAsync());
    }

    [Fact]
    public async Task Given_an_article_with_script_and_onerror_payloads_When_shown_Then_they_stay_inert_text()
    {
        var analysis = await PageTesting.AnalyseAsync(Page, Articles.Hostile);
        await ScreenshotAsync("analyse-hostile");

        Assert.Empty(Dialogs);
        Assert.Equal(0, await Page.Locator("#result script, #result img, #result [onerror]").CountAsync());
        Assert.Null(await Page.EvaluateAsync<string?>("window.__pwned ?? null"));
        Assert.Equal(analysis.GetProperty("title").GetString(), await Page.Locator("#result-title").TextContentAsync());
        Assert.Contains("<script>window.__pwned='script';alert('script')</script>", (await Page.Locator("#article").TextContentAsync())!, StringComparison.Ordinal);
        for (var i = 0; i < analysis.GetProperty("spans").GetArrayLength(); i++)
        {
            await Page.Locator($"#article mark.first[data-span=\"{i}\"]").ClickAsync();
            await Page.WaitForSelectorAsync("#popover:not([hidden])");
            await Page.Keyboard.PressAsync("Escape");
        }

        Assert.Empty(Dialogs);
        Assert.Equal(0, await Page.Locator("script:not([src]), img").CountAsync());
    }

    [Fact]
    public async Task Given_a_private_address_url_When_submitted_Then_the_page_shows_the_refusal()
    {
        var url = new Uri(app.BaseAddress, "/health").AbsoluteUri;
        await Page.FillAsync("#url-input", url);

        await Page.ClickAsync("#url-submit");
        await Page.WaitForSelectorAsync("#error:not([hidden])");
        await ScreenshotAsync("analyse-url-refused");

        Assert.Equal(
            $"{url}: refused: 127.0.0.1 is a loopback address (start the server with --allow-private-urls to allow it)",
            await Page.Locator("#error").TextContentAsync());
        Assert.True(await Page.Locator("#result").IsHiddenAsync());
    }

    [Fact]
    public async Task Given_an_uploaded_html_file_When_analysed_Then_its_article_text_is_shown()
    {
        await Page.SetInputFilesAsync("#file-input", new FilePayload
        {
            Name = "ferry.html",
            MimeType = "text/html",
            Buffer = System.Text.Encoding.UTF8.GetBytes(
                "<html><head><title>Island ferry</title></head><body><article><h1>Island ferry</h1><p>" + PageServer.ArticleSentence +
                "</p><p>Residents called it a shameful betrayal.</p></article></body></html>"),
        });

        await Page.ClickAsync("#file-submit");
        await Page.WaitForSelectorAsync("#result:not([hidden])");

        Assert.Equal("Island ferry", await Page.Locator("#result-title").TextContentAsync());
        Assert.Contains(PageServer.ArticleSentence, (await Page.Locator("#article").TextContentAsync())!, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Given_a_binary_file_When_uploaded_Then_the_page_shows_the_servers_one_line_reason()
    {
        await Page.SetInputFilesAsync("#file-input", new FilePayload { Name = "photo.txt", MimeType = "text/plain", Buffer = [0x89, 0x50, 0x4E, 0x47, 0x00, 0x0A] });

        await Page.ClickAsync("#file-submit");
        await Page.WaitForSelectorAsync("#error:not([hidden])");

        Assert.Equal("request body: looks like binary data (NUL byte at byte 4), not text", await Page.Locator("#error").TextContentAsync());
    }
}
