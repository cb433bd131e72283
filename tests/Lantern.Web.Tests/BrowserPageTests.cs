using Microsoft.Playwright;

namespace Lantern.Web.Tests;

/// <summary>
/// A class of page tests: each test gets its own 1200×900 browser context and page on the app
/// (<see cref="PageTesting.OpenAsync"/>), opened at <paramref name="startPath"/> when one is given, with the dialogs and
/// console errors the page produced; the context is closed after the test.
/// </summary>
public abstract class BrowserPageTests(BrowserFixture browser, Uri baseAddress, string? startPath) : IAsyncLifetime
{
    private IBrowserContext context = null!;

    protected IPage Page { get; private set; } = null!;

    /// <summary>Messages of the dialogs the page opened (each dismissed).</summary>
    protected List<string> Dialogs { get; } = [];

    /// <summary>Console errors of the page.</summary>
    protected List<string> ConsoleErrors { get; } = [];

    public async Task InitializeAsync()
    {
        (context, Page) = await PageTesting.OpenAsync(browser.Browser, baseAddress, Dialogs, ConsoleErrors);
        Opened(Page);
        if (startPath is not null)
        {
            await Page.GotoAsync(startPath);
        }
    }

    public async Task DisposeAsync() => await context.CloseAsync();

    /// <summary>Called once the page exists, before it goes to the start path (to watch its requests, say).</summary>
    protected virtual void Opened(IPage page)
    {
    }
}
