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
        var slots = new AnalysisSlots(options);
        builder.Services.AddSingleton(slots);
        builder.Services.AddRateLimiter(limiter => ConfigureRateLimits(limiter, options, slots));
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
        app.MapGet("/health", (ArticleAnalyzer analyzer) => new HealthResponse("ok", analyzer.Model, Version)
            {
                Analyses = new AnalysisLoad(slots.Running, slots.Waiting, slots.Concurrent, slots.Queue),
            })
            .WithName("Health").WithSummary("Liveness: the model that answers, the app version, and the analyses running and waiting.");
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
            .WithDescription("JSON {text, technique, start, length} for a span or {text, technique, paragraph} for a paragraph label; text is the `text` of the /api/analyze answer and language its language.code (needed for HTML and URL analyses). Optional similar (0-10, default 3).")
            .WithMetadata(ApiQueries.Explain, ExplainEndpoint.Body)
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

    private static async Task<IResult> AnalyzeAsync(HttpContext context, ArticleAnalyzer analyzer, UrlFetcher fetcher, LanternWebOptions options, AnalysisSlots slots)
    {
        var cancellationToken = context.RequestAborted;
        var confidence = ConfidenceQuery.Read(context.Request.Query, allowPreset: true);
        var started = System.Diagnostics.Stopwatch.GetTimestamp();
        var article = await RequestArticles.ReadAsync(context.Request, fetcher, options.MaxRequestBytes, cancellationToken);
        var read = System.Diagnostics.Stopwatch.GetElapsedTime(started).TotalMilliseconds;

        // The analysis is CPU work on the encoder's own threads; the rate limiter bounds how many run at once.
        var analysis = confidence.Apply(confidence.Apply(analyzer).Analyze(article, cancellationToken));
        slots.Observe(TimeSpan.FromMilliseconds(analysis.Timing.TotalMs));

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

        return builder.WithSpinning(options.EncoderSpinning ?? options.ConcurrentAnalyses == 1).Build();
    }

    private static void ConfigureRateLimits(RateLimiterOptions limiter, LanternWebOptions options, AnalysisSlots slots)
    {
        limiter.RejectionStatusCode = StatusCodes.Status429TooManyRequests;
        limiter.OnRejected = async (context, cancellationToken) =>
        {
            // The token bucket knows when its next token comes; the concurrency limiters do not, so the slots estimate it.
            var retry = context.Lease.TryGetMetadata(MetadataName.RetryAfter, out var after) ? after : slots.RetryAfter;
            context.HttpContext.Response.Headers.RetryAfter = Math.Max(1, (int)Math.Ceiling(retry.TotalSeconds)).ToString(System.Globalization.CultureInfo.InvariantCulture);
            await Results.Problem(
                statusCode: StatusCodes.Status429TooManyRequests,
                title: "Too many requests",
                detail: "too many requests: wait a moment and try again",
                instance: context.HttpContext.Request.Path).ExecuteAsync(context.HttpContext);
        };

        // Per client, on the cheap /api requests (the global limiter runs before and besides the endpoint policies): a
        // burst, refilled at a steady rate. Analyses are left out on purpose. ASP.NET Core's middleware first tries the
        // global and the endpoint limiter without waiting and, when the endpoint's slots are busy, drops that lease and
        // acquires both again while waiting: a queued analysis took two tokens that are never given back. At concurrency
        // 8 on 2 cores (about 6 answers a second, nearly all of them queued) that is 12 tokens a second against 10
        // refilled, so the burst ran dry and well-behaved clients got 429s while the queue had room.
        limiter.GlobalLimiter = PartitionedRateLimiter.Create<HttpContext, string>(context =>
        {
            if (options.RequestBurst <= 0 || !context.Request.Path.StartsWithSegments("/api", StringComparison.Ordinal)
                || context.GetEndpoint()?.Metadata.GetMetadata<EnableRateLimitingAttribute>()?.PolicyName == AnalyzePolicy)
            {
                return RateLimitPartition.GetNoLimiter("unlimited");
            }

            return RateLimitPartition.GetTokenBucketLimiter(Client(context), _ => new TokenBucketRateLimiterOptions
            {
                TokenLimit = options.RequestBurst,
                TokensPerPeriod = Math.Max(1, options.RequestsPerSecond),
                ReplenishmentPeriod = TimeSpan.FromSeconds(1),
                QueueLimit = 0,
                AutoReplenishment = true,
            });
        });

        // Analyses: at most AnalysesPerClient running or waiting per client, chained in front of the slots every client
        // shares (ConcurrentAnalyses at once, AnalysisQueue waiting). Both are concurrency limiters, whose permits come
        // back when a lease is dropped, so the middleware's second attempt costs nothing. The partition owns only the
        // chain (disposed when idle, which leaves the shared limiter alone), never the shared limiter itself.
        var perClient = options.AnalysesPerClient <= 0 ? int.MaxValue : options.AnalysesPerClient;
        limiter.AddPolicy(AnalyzePolicy, context => RateLimitPartition.Get(Client(context), _ => RateLimiter.CreateChained(
            new ConcurrencyLimiter(new ConcurrencyLimiterOptions { PermitLimit = perClient, QueueLimit = 0 }),
            slots.Limiter)));
    }

    private static string Client(HttpContext context) => context.Connection.RemoteIpAddress?.ToString() ?? "unknown";
}
