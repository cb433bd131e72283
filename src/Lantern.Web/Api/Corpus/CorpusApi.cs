using System.Security.Cryptography;
using System.Text;
using System.Text.Json.Nodes;
using Lantern.Analysis;
using Lantern.Analysis.Rendering;
using Lantern.Store;
using Lantern.Store.Comparison;
using Lantern.Web.Fetching;
using Lantern.Web.Internal;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;

namespace Lantern.Web.Api.Corpus;

/// <summary>
/// The corpus routes on the <c>/api</c> group (pass <see cref="Map"/> as the <c>extend</c> callback of
/// <see cref="LanternWebHost.Create"/>): search, one article with its analysis, stats, source comparison and an
/// authenticated ingest. Every query goes through the store's own queries (<see cref="ICorpusStore"/>).
/// </summary>
public static class CorpusApi
{
    /// <summary>The resamples of the comparison's bootstrap (as <c>lantern compare</c>'s default).</summary>
    private const int Resamples = 1000;

    public static void Map(RouteGroupBuilder api, CorpusApiOptions options)
    {
        ArgumentNullException.ThrowIfNull(api);
        ArgumentNullException.ThrowIfNull(options);

        api.MapGet("/articles", Handler(context => SearchAsync(context, options)))
            .WithName("Articles").WithSummary("Full-text search of the corpus (q: all words must occur), best first, with filters and paging.")
            .WithMetadata(ApiQueries.Search(options.MaxPageSize))
            .Produces<ArticlePage>().ProducesProblem(StatusCodes.Status400BadRequest).ProducesProblem(StatusCodes.Status503ServiceUnavailable);
        api.MapGet("/articles/{id}", (HttpContext context, string id) => ArticleAsync(context, options, id))
            .WithName("Article").WithSummary("One stored article with its current analysis (the JSON of /api/analyze under `analysis`; minConfidence=P keeps only findings scored at least P).")
            .WithMetadata(ApiQueries.Article)
            .ProducesProblem(StatusCodes.Status404NotFound).ProducesProblem(StatusCodes.Status503ServiceUnavailable);
        api.MapGet("/stats", Handler(context => StatsAsync(context, options)))
            .WithName("Stats").WithSummary("Technique counts and rates per source, month, week, technique, frame or genre (by), with filters.")
            .WithMetadata(ApiQueries.Stats)
            .Produces<StatsResponse>().ProducesProblem(StatusCodes.Status400BadRequest).ProducesProblem(StatusCodes.Status503ServiceUnavailable);
        api.MapGet("/compare", Handler(context => CompareAsync(context, options)))
            .WithName("Compare").WithSummary("Technique fingerprints of two sources (a, b) with bootstrap 95 % intervals of the differences.")
            .WithMetadata(ApiQueries.Compare)
            .Produces<CompareResponse>().ProducesProblem(StatusCodes.Status400BadRequest).ProducesProblem(StatusCodes.Status503ServiceUnavailable);
        api.MapPost("/ingest", (HttpContext context, ArticleAnalyzer analyzer, UrlFetcher fetcher, LanternWebOptions web) => IngestAsync(context, options, analyzer, fetcher, web))
            .WithName("Ingest")
            .WithSummary("Analyse one article and store it in the corpus; needs `Authorization: Bearer <token>` (lantern serve --ingest-token).")
            .WithDescription("The body is the article as text/plain or text/html, or JSON {text, title, url}, as for /api/analyze.")
            .WithMetadata(DeclaredQuery.None, RequestArticles.Body)
            .Produces<IngestResponse>(StatusCodes.Status201Created).Produces<IngestResponse>(StatusCodes.Status200OK)
            .ProducesProblem(StatusCodes.Status401Unauthorized).ProducesProblem(StatusCodes.Status403Forbidden)
            .RequireRateLimiting(LanternWebHost.AnalyzePolicy);
    }

    private static async Task<IResult> SearchAsync(HttpContext context, CorpusApiOptions options)
    {
        var query = context.Request.Query;
        var words = CorpusQuery.Text(query, "q", 500) ?? throw CorpusQuery.Bad("q: give at least one word to search for");
        if (!words.Any(char.IsLetterOrDigit))
        {
            throw CorpusQuery.Bad("q: give at least one word to search for");
        }

        var pageSize = CorpusQuery.Int(query, "pageSize", options.DefaultPageSize, 1, options.MaxPageSize);
        var page = CorpusQuery.Int(query, "page", 1, 1, Math.Max(1, options.MaxResults / pageSize));
        var filter = CorpusQuery.Filter(query);
        var store = Store(options);

        // The store ranks afresh on every query; one hit past the page says whether there is a next one.
        var hits = await store.SearchAsync(words, filter, (page * pageSize) + 1, context.RequestAborted);
        var shown = hits.Skip((page - 1) * pageSize).Take(pageSize).ToList();
        var more = hits.Count > page * pageSize && page * pageSize < options.MaxResults;
        return Results.Ok(new ArticlePage(words, page, pageSize, more, shown) { Voice = filter.Voice.Name() });
    }

    private static async Task<IResult> ArticleAsync(HttpContext context, CorpusApiOptions options, string id)
    {
        var confidence = ConfidenceQuery.Read(context.Request.Query, allowPreset: false);
        if (!long.TryParse(id, System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out var articleId) || articleId < 1)
        {
            throw CorpusQuery.Bad($"id: '{(id.Length > 40 ? id[..40] + "…" : id)}' is not an article number");
        }

        var store = Store(options);
        var article = await store.ArticleAsync(articleId, context.RequestAborted)
            ?? throw new ApiProblemException(StatusCodes.Status404NotFound, "Not found", $"no article {articleId} in the corpus");
        var json = new JsonObject
        {
            ["id"] = article.ArticleId,
            ["externalId"] = article.ExternalId,
            ["title"] = article.Title,
            ["source"] = article.Source,
            ["url"] = article.Url,
            ["published"] = article.Published?.ToString("O", System.Globalization.CultureInfo.InvariantCulture),
            ["language"] = article.Language,
            ["text"] = article.Text,
            ["analysis"] = article.Analysis is null ? null : JsonNode.Parse(AnalysisJson.Serialize(confidence.Apply(article.Analysis))),
        };
        return Results.Text(json.ToJsonString(), "application/json; charset=utf-8");
    }

    private static async Task<IResult> StatsAsync(HttpContext context, CorpusApiOptions options)
    {
        var query = context.Request.Query;
        var by = CorpusQuery.Dimension(query, "by");
        var filter = CorpusQuery.Filter(query);
        var rows = await Store(options).StatsAsync(by, filter, context.RequestAborted);
        return Results.Ok(new StatsResponse(by.ToString().ToLowerInvariant(), rows) { Voice = filter.Voice.Name() });
    }

    private static async Task<IResult> CompareAsync(HttpContext context, CorpusApiOptions options)
    {
        var query = context.Request.Query;
        var a = CorpusQuery.Text(query, "a") ?? throw CorpusQuery.Bad("a: give the first source to compare");
        var b = CorpusQuery.Text(query, "b") ?? throw CorpusQuery.Bad("b: give the second source to compare");
        var filter = CorpusQuery.Filter(query);
        var store = Store(options);
        var setA = await store.ArticleTechniquesAsync(filter with { Source = a }, context.RequestAborted);
        var setB = await store.ArticleTechniquesAsync(filter with { Source = b }, context.RequestAborted);
        foreach (var (name, set) in new[] { (a, setA), (b, setB) })
        {
            if (set.Count == 0)
            {
                throw new ApiProblemException(StatusCodes.Status404NotFound, "Not found", $"no analysed articles of source '{name}' within the filter");
            }
        }

        var differences = SourceComparison.Compare(setA, setB, Resamples);
        return Results.Ok(new CompareResponse(
            new CompareSide(a, setA.Count, setA.Sum(x => (long)x.Words)),
            new CompareSide(b, setB.Count, setB.Sum(x => (long)x.Words)),
            differences) { Voice = filter.Voice.Name() });
    }

    private static async Task<IResult> IngestAsync(
        HttpContext context, CorpusApiOptions options, ArticleAnalyzer analyzer, UrlFetcher fetcher, LanternWebOptions web)
    {
        if (string.IsNullOrWhiteSpace(options.IngestToken))
        {
            throw new ApiProblemException(StatusCodes.Status403Forbidden, "Forbidden", "ingest disabled: start the server with --ingest-token or LANTERN_INGEST_TOKEN");
        }

        if (!Authorized(context.Request, options.IngestToken))
        {
            // Answered here, not thrown: the error handler clears the headers, and a 401 must say which scheme it wants.
            context.Response.Headers.WWWAuthenticate = "Bearer";
            return Results.Problem(
                statusCode: StatusCodes.Status401Unauthorized, title: "Unauthorized",
                detail: "ingest needs the header Authorization: Bearer <token> with the server's ingest token", instance: context.Request.Path);
        }

        var store = Store(options);
        var article = await RequestArticles.ReadAsync(context.Request, fetcher, web.MaxRequestBytes, context.RequestAborted);
        var analysis = analyzer.Analyze(article, context.RequestAborted);
        var source = article.Source ?? (Uri.TryCreate(article.Url, UriKind.Absolute, out var url) ? StripWww(url.Host) : null);
        var saved = await store.SaveAsync([new CorpusEntry(article, source, analysis)], context.RequestAborted);
        var response = new IngestResponse(saved.Added > 0, saved.Duplicates > 0, analysis.Model, analysis.Genre.Label, analysis.Spans.Count);
        return saved.Added > 0 ? Results.Json(response, statusCode: StatusCodes.Status201Created) : Results.Ok(response);
    }

    // A Func, not a RequestDelegate: minimal APIs then write the returned IResult and describe the endpoint.
    private static Delegate Handler(Func<HttpContext, Task<IResult>> handler) => handler;

    private static string StripWww(string host) => host.StartsWith("www.", StringComparison.OrdinalIgnoreCase) ? host[4..] : host;

    // Compared through fixed-length hashes in constant time, so neither the length nor a prefix of the token leaks by timing.
    private static bool Authorized(HttpRequest request, string token)
    {
        var header = request.Headers.Authorization.ToString();
        const string Scheme = "Bearer ";
        if (!header.StartsWith(Scheme, StringComparison.OrdinalIgnoreCase))
        {
            return false;
        }

        var given = SHA256.HashData(Encoding.UTF8.GetBytes(header[Scheme.Length..].Trim()));
        var expected = SHA256.HashData(Encoding.UTF8.GetBytes(token.Trim()));
        return CryptographicOperations.FixedTimeEquals(given, expected);
    }

    private static ICorpusStore Store(CorpusApiOptions options) =>
        options.Store ?? throw new ApiProblemException(
            StatusCodes.Status503ServiceUnavailable, "No corpus", "no corpus is loaded: start the server with lantern serve --db PATH");
}
