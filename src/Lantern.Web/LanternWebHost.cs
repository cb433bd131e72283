using System.Reflection;
using System.Threading.RateLimiting;
using Lantern.Analysis;
using Lantern.Analysis.Rendering;
using Lantern.Web.Api;
using Lantern.Web.Fetching;
using Lantern.Web.Internal;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.Features;
using Microsoft.AspNetCore.RateLimiting;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace Lantern.Web;

/// <summary>
/// Builds the Lantern web app: the page (<c>/</c>, <c>/assets/*</c>), the API (<c>POST /api/analyze</c>,
/// <c>GET /api/techniques</c>), <c>GET /health</c> and the OpenAPI document (<c>/openapi/v1.json</c>). One
/// <see cref="ArticleAnalyzer"/> is built at start-up and shared by every request.
/// </summary>
public static class LanternWebHost
{
    public const string AnalyzePolicy = "analyze";

    /// <summary>
    /// Creates the app (models loaded, not yet listening). <paramref name="extend"/> maps further endpoints, e.g.
    /// the corpus API, onto the <c>/api</c> group, which has the same rate limit and problem JSON as the rest.
    /// </summary>
    public static WebApplication Create(LanternWebOptions options, Action<RouteGroupBuilder>? extend = null)
    {
        ArgumentNullException.ThrowIfNull(options);
        var builder = WebApplication.CreateSlimBuilder(new WebApplicationOptions { Args = [], ApplicationName = typeof(LanternWebHost).Assembly.GetName().Name });
        builder.WebHost.UseUrls(options.Urls.Split(';', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries));
        builder.WebHost.ConfigureKestrel(kestrel =>
        {
            kestrel.AddServerHeader = false;

            // Kestrel's cap sits just above ours so that our own check answers with the clearer message.
            kestrel.Limits.MaxRequestBodySize = options.MaxRequestBytes + 1;
            kestrel.Limits.MaxRequestHeadersTotalSize = 32 * 1024;
        });
        builder.Logging.SetMinimumLevel(LogLevel.Warning);

        builder.Services.AddSingleton(options);
        builder.Services.AddSingleton(_ => CreateAnalyzer(options));
        builder.Services.AddSingleton(_ => new UrlFetcher(options.Fetch with { AllowPrivateAddresses = options.AllowPrivateUrls || options.Fetch.AllowPrivateAddresses }));
        builder.Services.AddSingleton<EmbeddedAssets>();
        builder.Services.AddProblemDetails();
        builder.Services.AddOpenApi(o => o.AddOperationTransformer(OpenApiText.Transform));
        builder.Services.AddRateLimiter(limiter => ConfigureRateLimits(limiter, options));
        builder.Services.ConfigureHttpJsonOptions(json => json.SerializerOptions.PropertyNamingPolicy = System.Text.Json.JsonNamingPolicy.CamelCase);

        var app = builder.Build();
        var logger = app.Services.GetRequiredService<ILoggerFactory>().CreateLogger("Lantern.Web");

        // Load the models now, not on the first visitor's request (and fail at start-up when they are missing).
        app.Services.GetRequiredService<ArticleAnalyzer>();

        app.Use(async (context, next) =>
        {
            context.Response.OnStarting(() =>
            {
                SecurityHeaders.Apply(context.Response);
                return Task.CompletedTask;
            });
            try
            {
                await next(context);
            }
            catch (Exception e) when (!context.Response.HasStarted)
            {
                await Problems.WriteAsync(context, e, logger);
            }
        });
        app.UseStatusCodePages();
        app.UseRateLimiter();

        MapPages(app);
        app.MapGet("/health", (ArticleAnalyzer analyzer) => new HealthResponse("ok", analyzer.Model, Version))
            .WithName("Health").WithSummary("Liveness: the model that answers and the app version.");
        app.MapOpenApi();

        // Every /api route declares its query parameters (DeclaredQuery); the filter refuses any other with a 400.
        var api = app.MapGroup("/api").WithTags("Lantern").AddEndpointFilter(QueryCheck.Filter);
        api.MapGet("/techniques", () => TaxonomyCatalog.Response)
            .WithMetadata(DeclaredQuery.None)
            .WithName("Techniques").WithSummary("The taxonomy: 23 techniques, 14 frames and 3 genres, each with a definition and an example sentence.");
        api.MapPost("/analyze", AnalyzeAsync)
            .WithName("Analyze")
            .WithSummary("Analyse one article: genre, frames, techniques per paragraph and as exact spans (the JSON of `lantern analyze --format json`).")
            .WithDescription("Send the article as text/plain or text/html, or JSON {text, title, url}; with url (and no text) the server fetches the page. "
                + "Query: minConfidence=P keeps only findings whose calibrated probability is at least P (0 to 1); preset=balanced|high-precision|high-recall picks the decision thresholds.")
            .WithMetadata(ApiQueries.Analyze, RequestArticles.Body)
            .Produces<ArticleAnalysis>(StatusCodes.Status200OK, "application/json")
            .ProducesProblem(StatusCodes.Status400BadRequest)
            .ProducesProblem(StatusCodes.Status413PayloadTooLarge)
            .ProducesProblem(StatusCodes.Status415UnsupportedMediaType)
            .ProducesProblem(StatusCodes.Status422UnprocessableEntity)
            .ProducesProblem(StatusCodes.Status429TooManyRequests)
            .RequireRateLimiting(AnalyzePolicy);
        api.MapPost("/explain", ExplainEndpoint.HandleAsync)
            .WithName("Explain")
            .WithSummary("Explain one finding of an analysed text: its cue words (occlusion), the technique's definition and, with a corpus (serve --db), the most similar stored passages.")
            .WithDescription("JSON {text, technique, start, length} for a span or {text, technique, paragraph} for a paragraph label; text is the `text` of the /api/analyze answer. Optional similar (0-10, default 3).")
            .WithMetadata(DeclaredQuery.None, ExplainEndpoint.Body)
            .Produces<ExplainResponse>(StatusCodes.Status200OK, "application/json")
            .ProducesProblem(StatusCodes.Status400BadRequest)
            .ProducesProblem(StatusCodes.Status415UnsupportedMediaType)
            .ProducesProblem(StatusCodes.Status422UnprocessableEntity)
            .ProducesProblem(StatusCodes.Status429TooManyRequests)
            .RequireRateLimiting(AnalyzePolicy);
        api.MapMethods("/analyze", [HttpMethods.Get, HttpMethods.Put, HttpMethods.Delete, HttpMethods.Patch], (HttpContext context) =>
        {
            context.Response.Headers.Allow = HttpMethods.Post;
            return Results.Problem(statusCode: StatusCodes.Status405MethodNotAllowed, title: "Method not allowed", detail: "POST the article to /api/analyze");
        }).ExcludeFromDescription();
        extend?.Invoke(api);

        // Anything else under /api is a problem JSON 404, not the page.
        api.Map("/{**rest}", (string? rest) => Results.Problem(
            statusCode: StatusCodes.Status404NotFound, title: "Not found", detail: $"no API endpoint /api/{rest}")).ExcludeFromDescription();
        return app;
    }

    /// <summary>The informational version of the web assembly.</summary>
    public static string Version { get; } =
        typeof(LanternWebHost).Assembly.GetCustomAttribute<AssemblyInformationalVersionAttribute>()?.InformationalVersion ?? "0.0.0";

    /// <summary>The addresses the started app listens on (with the real port when it was asked for port 0).</summary>
    public static IReadOnlyList<string> Addresses(WebApplication app)
    {
        ArgumentNullException.ThrowIfNull(app);
        var feature = ((IApplicationBuilder)app).ServerFeatures.Get<Microsoft.AspNetCore.Hosting.Server.Features.IServerAddressesFeature>();
        return feature is null ? [] : [.. feature.Addresses];
    }

    private static async Task<IResult> AnalyzeAsync(HttpContext context, ArticleAnalyzer analyzer, UrlFetcher fetcher, LanternWebOptions options)
    {
        var cancellationToken = context.RequestAborted;
        var confidence = ConfidenceQuery.Read(context.Request.Query, allowPreset: true);
        var started = System.Diagnostics.Stopwatch.GetTimestamp();
        var article = await RequestArticles.ReadAsync(context.Request, fetcher, options.MaxRequestBytes, cancellationToken);
        var read = System.Diagnostics.Stopwatch.GetElapsedTime(started).TotalMilliseconds;

        // The analysis is CPU work on the encoder's own threads; the rate limiter bounds how many run at once.
        var analysis = confidence.Apply(confidence.Apply(analyzer).Analyze(article, cancellationToken));

        // Server-Timing lets a client (the load tool, a browser's dev tools) tell analysis time from queueing and transfer.
        context.Response.Headers["Server-Timing"] = string.Create(
            System.Globalization.CultureInfo.InvariantCulture,
            $"read;dur={read:0.0}, analyze;dur={analysis.Timing.TotalMs:0.0}, encode;dur={analysis.Timing.EncodeMs:0.0}");
        return Results.Text(AnalysisJson.Serialize(analysis), "application/json; charset=utf-8");
    }

    private static void MapPages(WebApplication app)
    {
        var assets = app.Services.GetRequiredService<EmbeddedAssets>();
        app.MapGet("/", (HttpContext context) => assets.Serve(context, "index.html")).ExcludeFromDescription();
        app.MapGet("/corpus", (HttpContext context) => assets.Serve(context, "corpus.html")).ExcludeFromDescription();
        app.MapGet("/dashboard", (HttpContext context) => assets.Serve(context, "dashboard.html")).ExcludeFromDescription();
        app.MapGet("/assets/{name}", (HttpContext context, string name) => assets.Serve(context, name)).ExcludeFromDescription();
    }

    private static ArticleAnalyzer CreateAnalyzer(LanternWebOptions options)
    {
        var builder = new AnalyzerBuilder();
        if (!string.IsNullOrWhiteSpace(options.ModelDirectory))
        {
            builder.UseModelDirectory(options.ModelDirectory);
        }

        if (options.Threads is { } threads)
        {
            builder.WithThreads(threads);
        }

        return builder.Build();
    }

    private static void ConfigureRateLimits(RateLimiterOptions limiter, LanternWebOptions options)
    {
        limiter.RejectionStatusCode = StatusCodes.Status429TooManyRequests;
        limiter.OnRejected = async (context, cancellationToken) =>
        {
            if (context.Lease.TryGetMetadata(MetadataName.RetryAfter, out var retry))
            {
                context.HttpContext.Response.Headers.RetryAfter = ((int)Math.Ceiling(retry.TotalSeconds)).ToString(System.Globalization.CultureInfo.InvariantCulture);
            }

            await Results.Problem(
                statusCode: StatusCodes.Status429TooManyRequests,
                title: "Too many requests",
                detail: "too many requests: wait a moment and try again",
                instance: context.HttpContext.Request.Path).ExecuteAsync(context.HttpContext);
        };

        // Per client, on every /api request (the global limiter runs before and besides the endpoint policies):
        // a burst, refilled at a steady rate.
        limiter.GlobalLimiter = PartitionedRateLimiter.Create<HttpContext, string>(context =>
        {
            if (options.RequestBurst <= 0 || !context.Request.Path.StartsWithSegments("/api", StringComparison.Ordinal))
            {
                return RateLimitPartition.GetNoLimiter("unlimited");
            }

            var client = context.Connection.RemoteIpAddress?.ToString() ?? "unknown";
            return RateLimitPartition.GetTokenBucketLimiter(client, _ => new TokenBucketRateLimiterOptions
            {
                TokenLimit = options.RequestBurst,
                TokensPerPeriod = Math.Max(1, options.RequestsPerSecond),
                ReplenishmentPeriod = TimeSpan.FromSeconds(1),
                QueueLimit = 0,
                AutoReplenishment = true,
            });
        });

        // For everyone together: analyses running at once (the encoder already spreads one over the cores).
        limiter.AddPolicy(AnalyzePolicy, _ => RateLimitPartition.GetConcurrencyLimiter("analyses", _ => new ConcurrencyLimiterOptions
        {
            PermitLimit = Math.Max(1, options.ConcurrentAnalyses),
            QueueLimit = Math.Max(0, options.AnalysisQueue),
            QueueProcessingOrder = QueueProcessingOrder.OldestFirst,
        }));
    }
}
