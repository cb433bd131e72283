using System.Text.Json;
using Microsoft.Playwright;

namespace Lantern.Web.Tests;

/// <summary>Steps the page tests share.</summary>
internal static class PageTesting
{
    /// <summary>Pastes <paramref name="text"/> into the Analyse form, submits it and returns the /api/analyze answer once shown.</summary>
    public static async Task<JsonElement> AnalyseAsync(IPage page, string text)
    {
        await page.FillAsync("#text-input", text);
        var response = await page.RunAndWaitForResponseAsync(() => page.ClickAsync("#text-submit"), r => r.Url.EndsWith("/api/analyze", StringComparison.Ordinal));
        var json = JsonDocument.Parse(await response.TextAsync()).RootElement.Clone();
        await page.WaitForSelectorAsync("#result:not([hidden])");
        return json;
    }
}
