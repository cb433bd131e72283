using System.Text.Json;
using Microsoft.Playwright;

namespace Lantern.Web.Tests;

/// <summary>The Analyse page shows the analysis' summary, its call-to-action flag and calls, and the voice of each finding.</summary>
[Collection(WebAppCollection.Name)]
public sealed class CallsAndVoicesPageTests(WebAppFixture app, BrowserFixture browser) : BrowserPageTests(browser, app.BaseAddress, "/")
{
    private Task<byte[]> ScreenshotAsync(string name) => PageTesting.ScreenshotAsync(Page, name);

    [Fact]
    public async Task Given_an_author_voice_violent_call_When_analysed_Then_the_summary_the_flag_and_its_evidence_sentence_are_shown()
    {
        var analysis = await PageTesting.AnalyseAsync(Page, Articles.Calls);
        await ScreenshotAsync("analyse-calls");
        var text = analysis.GetProperty("text").GetString()!;
        var report = analysis.GetProperty("callsToAction");

        Assert.Equal(analysis.GetProperty("summary").GetString(), await Page.Locator("#article-summary").TextContentAsync());
        Assert.True(await Page.Locator("#article-summary").IsVisibleAsync());

        // The flag is written out in words (not colour only) and quotes the sentence that raised it, exactly as in the text.
        Assert.Equal("violent", report.GetProperty("flag").GetString());
        var flag = Page.Locator("#calls-flag");
        Assert.True(await flag.IsVisibleAsync());
        Assert.Contains("incitement", (await flag.GetAttributeAsync("class"))!, StringComparison.Ordinal);
        Assert.Contains("Incitement: the author calls for violent action", (await flag.TextContentAsync())!, StringComparison.Ordinal);
        var evidence = report.GetProperty("evidence").EnumerateArray().ToList();
        Assert.Single(evidence);
        var sentence = evidence[0];
        Assert.Equal("Take up arms against the occupiers tonight!", sentence.GetProperty("text").GetString());
        Assert.Equal(sentence.GetProperty("text").GetString(), text.Substring(sentence.GetProperty("start").GetInt32(), sentence.GetProperty("length").GetInt32()));
        Assert.Equal(new[] { sentence.GetProperty("text").GetString()! }, await flag.Locator(".flag-evidence").AllTextContentsAsync());

        // Every call, whoever makes it, with its class, addressee or target, and cue words.
        var calls = report.GetProperty("calls").EnumerateArray().ToList();
        var items = Page.Locator("#calls .call");
        Assert.Equal(calls.Count, await items.CountAsync());
        for (var i = 0; i < calls.Count; i++)
        {
            var call = calls[i];
            var item = items.Nth(i);
            Assert.Equal(call.GetProperty("text").GetString(), await item.Locator(".call-text").TextContentAsync());
            Assert.Equal(call.GetProperty("class").GetString(), await item.Locator(".call-class").TextContentAsync());
            var cues = call.GetProperty("cues").EnumerateArray().Select(c => $"{c.GetProperty("text").GetString()} ({c.GetProperty("role").GetString()})").ToList();
            Assert.Equal(cues, await item.Locator(".call-cue").AllTextContentsAsync());
            foreach (var (field, css) in new[] { ("addressee", ".call-addressee"), ("target", ".call-target") })
            {
                var value = call.GetProperty(field);
                var expected = value.ValueKind == JsonValueKind.String ? new[] { value.GetString()! } : Array.Empty<string>();
                Assert.Equal(expected, await item.Locator(css).AllTextContentsAsync());
            }
        }

        Assert.Contains("Residents", await Page.Locator("#calls .call-addressee").AllTextContentsAsync());

        // The paragraph holding the violent call is labelled, and the call's button takes the keyboard there.
        var violentStart = sentence.GetProperty("start").GetInt32();
        var paragraph = analysis.GetProperty("paragraphs").EnumerateArray()
            .Single(p => violentStart >= p.GetProperty("start").GetInt32() && violentStart < p.GetProperty("start").GetInt32() + p.GetProperty("length").GetInt32());
        var index = paragraph.GetProperty("index").GetInt32();
        Assert.Equal("violent call to action", await Page.Locator($"#article .para[data-index=\"{index}\"] .para-call").TextContentAsync());
        await Page.Locator("#calls .call-violent .call-go").FocusAsync();
        await Page.Keyboard.PressAsync("Enter");
        Assert.Equal(index.ToString(System.Globalization.CultureInfo.InvariantCulture), await Page.EvaluateAsync<string>("document.activeElement.dataset.index"));
        Assert.Empty(ConsoleErrors);
    }

    [Fact]
    public async Task Given_a_quoted_loaded_phrase_When_its_highlight_is_opened_Then_the_popover_names_the_voice_and_speaker()
    {
        var analysis = await PageTesting.AnalyseAsync(Page, Articles.Calls);
        var spans = analysis.GetProperty("spans").EnumerateArray().ToList();
        var quoted = spans.FindIndex(s => s.GetProperty("voice").GetProperty("kind").GetString() == "quoted");
        var author = spans.FindIndex(s => s.GetProperty("voice").GetProperty("kind").GetString() == "author");
        Assert.True(quoted >= 0, "the model found no span inside the quotation");
        Assert.True(author >= 0, "the model found no span in the author's voice");
        var speaker = spans[quoted].GetProperty("voice").GetProperty("speaker").GetString();
        Assert.Equal("Maria Lopez", speaker);

        await Page.Locator($"#article mark.first[data-span=\"{quoted}\"]").FocusAsync();
        await Page.Keyboard.PressAsync("Enter");
        await Page.WaitForSelectorAsync("#popover:not([hidden])");
        await ScreenshotAsync("analyse-voice-popover");
        Assert.Equal("in quoted speech — speaker: Maria Lopez", await Page.Locator($"#popover-body section[data-span=\"{quoted}\"] .popover-voice").TextContentAsync());
        await Page.Keyboard.PressAsync("Escape");

        await Page.Locator($"#article mark.first[data-span=\"{author}\"]").ClickAsync();
        await Page.WaitForSelectorAsync("#popover:not([hidden])");
        Assert.Equal("author's voice", await Page.Locator($"#popover-body section[data-span=\"{author}\"] .popover-voice").TextContentAsync());
        await Page.Keyboard.PressAsync("Escape");

        // "Author's voice only" dims exactly the highlights in others' speech, and "quoted only" the rest.
        var others = spans.Count(s => s.GetProperty("voice").GetProperty("kind").GetString() != "author");
        await Page.Locator("#voice-filter input[value=\"author\"]").CheckAsync();
        Assert.Equal(others, await Page.Locator("#article mark.hl.first.voice-hidden").CountAsync());
        Assert.Equal(0, await Page.Locator($"#article mark.first.voice-hidden[data-span=\"{author}\"]").CountAsync());
        await Page.Locator("#voice-filter input[value=\"others\"]").CheckAsync();
        Assert.Equal(spans.Count - others, await Page.Locator("#article mark.hl.first.voice-hidden").CountAsync());
        await Page.Locator("#voice-filter input[value=\"all\"]").CheckAsync();
        Assert.Equal(0, await Page.Locator("#article mark.hl.voice-hidden").CountAsync());
        Assert.Empty(ConsoleErrors);
    }

    [Fact]
    public async Task Given_hostile_calls_carrying_onerror_payloads_When_shown_Then_the_flag_and_calls_stay_inert_text()
    {
        var analysis = await PageTesting.AnalyseAsync(Page, Articles.HostileCall);
        await ScreenshotAsync("analyse-hostile-calls");
        var report = analysis.GetProperty("callsToAction");

        Assert.Equal("hostile", report.GetProperty("flag").GetString());
        var calls = report.GetProperty("calls").EnumerateArray().ToList();
        Assert.Equal(2, calls.Count);
        Assert.All(calls, c => Assert.Contains("<img src=x onerror=", c.GetProperty("text").GetString()!, StringComparison.Ordinal));
        Assert.Equal(calls.Select(c => c.GetProperty("text").GetString()!).ToList(), await Page.Locator("#calls .call-text").AllTextContentsAsync());
        Assert.Contains("Incitement: the author calls for hostile action", (await Page.Locator("#calls-flag").TextContentAsync())!, StringComparison.Ordinal);
        Assert.Contains(calls[0].GetProperty("text").GetString()!, await Page.Locator("#calls-flag .flag-evidence").AllTextContentsAsync());

        Assert.Empty(Dialogs);
        Assert.Equal(0, await Page.Locator("img, script:not([src]), [onerror]").CountAsync());
        Assert.Null(await Page.EvaluateAsync<string?>("window.__pwned ?? null"));
    }
}
