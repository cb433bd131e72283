using Lantern.Analysis;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;

namespace Lantern.Web.Tests;

/// <summary>The real Lantern web app with the shipped models, listening on a free loopback port; shared by a test collection.</summary>
public class WebAppFixture : IAsyncLifetime
{
    private WebApplication? app;

    public Uri BaseAddress { get; private set; } = null!;

    public HttpClient Client { get; private set; } = null!;

    public ArticleAnalyzer Analyzer => app!.Services.GetRequiredService<ArticleAnalyzer>();

    /// <summary>Every endpoint the running app routes to (what the OpenAPI tests compare the document with).</summary>
    public IReadOnlyList<Endpoint> Endpoints => [.. ((IEndpointRouteBuilder)app!).DataSources.SelectMany(d => d.Endpoints)];

    protected virtual LanternWebOptions Options => new() { Urls = "http://127.0.0.1:0", ModelDirectory = RepositoryPaths.Models(), Threads = 2 };

    /// <summary>Maps further routes on <c>/api</c> (the corpus fixtures add the corpus API).</summary>
    protected virtual Action<RouteGroupBuilder>? Extend => null;

    public virtual async Task InitializeAsync()
    {
        app = LanternWebHost.Create(Options, Extend);
        await app.StartAsync();
        BaseAddress = new Uri(LanternWebHost.Addresses(app).Single());
        Client = new HttpClient { BaseAddress = BaseAddress };
    }

    public virtual async Task DisposeAsync()
    {
        Client.Dispose();
        if (app is not null)
        {
            await app.DisposeAsync();
        }
    }
}
