using Lantern.Analysis;
using Microsoft.AspNetCore.Builder;
using Microsoft.Extensions.DependencyInjection;

namespace Lantern.Web.Tests;

/// <summary>The real Lantern web app with the shipped models, listening on a free loopback port; shared by a test collection.</summary>
public class WebAppFixture : IAsyncLifetime
{
    private WebApplication? app;

    public Uri BaseAddress { get; private set; } = null!;

    public HttpClient Client { get; private set; } = null!;

    public ArticleAnalyzer Analyzer => app!.Services.GetRequiredService<ArticleAnalyzer>();

    protected virtual LanternWebOptions Options => new() { Urls = "http://127.0.0.1:0", ModelDirectory = RepositoryPaths.Models(), Threads = 2 };

    public async Task InitializeAsync()
    {
        app = LanternWebHost.Create(Options);
        await app.StartAsync();
        BaseAddress = new Uri(LanternWebHost.Addresses(app).Single());
        Client = new HttpClient { BaseAddress = BaseAddress };
    }

    public async Task DisposeAsync()
    {
        Client.Dispose();
        if (app is not null)
        {
            await app.DisposeAsync();
        }
    }
}
