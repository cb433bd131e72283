using System.Text.Json;
using Microsoft.Playwright;

namespace Lantern.Web.Tests;

/// <summary>Steps the page tests share.</summary>
internal static class PageTesting
{
    /// <summary>
    /// A 1200×900 browser context on <paramref name="baseAddress"/> and its page, with every dialog dismissed and recorded
    /// in <paramref name="dialogs"/> and every console error recorded in <paramref name="consoleErrors"/>.
    /// </summary>
    public static async Task<(IBrowserContext Context, IPage Page)> OpenAsync(IBrowser browser, Uri baseAddress, List<string> dialogs, List<string> consoleErrors)
    {
        var context = await browser.NewContextAsync(new BrowserNewContextOptions { BaseURL = baseAddress.AbsoluteUri, ViewportSize = new() { Width = 1200, Height = 900 } });
        var page = await context.NewPageAsync();
        page.Dialog += async (_, dialog) =>
        {
            dialogs.Add(dialog.Message);
            await dialog.DismissAsync();
        };
        page.Console += (_, message) =>
        {
            if (message.Type == "error")
            {
                consoleErrors.Add(message.Text);
            }
        };
        return (context, page);
    }

    /// <summary>A full-page screenshot into the folder the README names (<see cref="RepositoryPaths.Screenshots"/>).</summary>
    public static Task<byte[]> ScreenshotAsync(IPage page, string name) =>
        page.ScreenshotAsync(new PageScreenshotOptions { Path = Path.Combine(RepositoryPaths.Screenshots(), name + ".png"), FullPage = true });

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
