using System.Text.Json;
using Lantern.Analysis;
using Lantern.Analysis.Explanations;
using Lantern.Analysis.Rendering;
using Lantern.Errors;
using Lantern.Reading;
using Lantern.Store;
using Lantern.Taxonomy;
using Lantern.Web.Api;
using Microsoft.AspNetCore.Http;

namespace Lantern.Web.Internal;

/// <summary>
/// <c>POST /api/explain</c>: explains one finding on demand (the page's "Explain" button), so that analysing stays
/// as fast as without explanations. The text is analysed again (deterministic: the same findings) and only the asked
/// finding's paragraph is occluded; with a corpus, its nearest similar passages are added.
/// </summary>
internal static class ExplainEndpoint
{
    public const int MaxSimilar = 10;

    /// <summary>The body, JSON only, as the OpenAPI document declares it.</summary>
    public static DeclaredBody Body { get; } = new(["application/json"], typeof(ExplainRequest), string.Empty);

    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web)
    {
        UnmappedMemberHandling = System.Text.Json.Serialization.JsonUnmappedMemberHandling.Disallow,
    };

    public static async Task<IResult> HandleAsync(HttpContext context, ArticleAnalyzer analyzer, LanternWebOptions options)
    {
        var cancellationToken = context.RequestAborted;

        // The preset the analysis was made with, so that a finding only that preset's thresholds select is found again.
        var confidence = ConfidenceQuery.Read(context.Request.Query, allowPreset: true);
        if (RequestArticles.MediaType(context.Request.ContentType) is not { } type || !Body.MediaTypes.Contains(type.Type))
        {
            throw new ApiProblemException(StatusCodes.Status415UnsupportedMediaType, "Unsupported media type", LanternErrors.UnsupportedMediaType(context.Request.ContentType, Body.MediaTypes).Message);
        }

        var body = await RequestArticles.ReadBodyAsync(context.Request, options.MaxRequestBytes, cancellationToken);
        using var stream = new MemoryStream(body, writable: false);
        var json = PlainTextReader.Read(stream, RequestArticles.BodyName, ReadOptions.Default with { MaxBytes = options.MaxRequestBytes }, id: "request", cancellationToken).Text;
        var request = Parse(json);
        var similar = request.Similar ?? 3;
        if (similar is < 0 or > MaxSimilar)
        {
            throw Bad($"similar: must be 0 to {MaxSimilar}, not {similar}");
        }

        var technique = request.Technique?.Trim();
        if (string.IsNullOrEmpty(technique) || !Labels.TechniqueLabels.Contains(technique, StringComparer.Ordinal))
        {
            throw Bad($"technique: give one of the 23 technique labels (GET /api/techniques), not '{Clip(technique ?? string.Empty)}'");
        }

        var isSpan = request.Start is not null || request.Length is not null;
        if (isSpan == request.Paragraph is not null)
        {
            throw Bad("give either start and length (a span) or paragraph (a paragraph label)");
        }

        if (isSpan && (request.Start is not >= 0 || request.Length is not > 0))
        {
            throw Bad("start and length: give both, start ≥ 0 and length ≥ 1");
        }

        if (request.Paragraph is < 0)
        {
            throw Bad($"paragraph: must be 0 or more, not {request.Paragraph}");
        }

        var language = request.Language?.Trim().ToLowerInvariant();
        if (language is not null && (language.Length is 0 or > 16 || !language.All(c => c is (>= 'a' and <= 'z') or '-')))
        {
            throw Bad($"language: '{Clip(request.Language!)}' is not a language code (the analysis' language.code, e.g. en)");
        }

        // The analysed text as the analysis JSON carries it (for HTML and URLs the extracted text), with the language the
        // analysis used: the page's declared language decides the models when the text alone does not tell (und), so
        // without it a finding of such an analysis could not be found again.
        var article = PlainTextReader.FromText(request.Text!, "request");
        article = article with
        {
            Title = string.IsNullOrWhiteSpace(request.Title) ? article.Title : request.Title.Trim(),
            Language = string.IsNullOrEmpty(language) ? article.Language : language,
        };
        var scope = isSpan ? ExplanationScope.OfSpan(technique, request.Start!.Value, request.Length!.Value) : ExplanationScope.OfParagraph(request.Paragraph!.Value, technique);
        var analysis = confidence.Apply(analyzer).Explain(article, scope, cancellationToken);
        if (analysis.Explanations.Count + analysis.ParagraphExplanations.Count == 0)
        {
            var what = isSpan ? $"no {technique} span at {request.Start}+{request.Length}" : $"no {technique} label on paragraph {request.Paragraph}";
            throw new ApiProblemException(StatusCodes.Status422UnprocessableEntity, "Nothing to explain", $"{what} in the analysis of this text (analyse it first and explain one of its findings)");
        }

        if (options.Corpus is { } store && similar > 0)
        {
            analysis = await SimilarPassages.AttachAsync(store, analysis, new SimilarOptions { Count = similar, ExcludeContentHash = ContentHash.Of(analysis.Text) }, cancellationToken);
        }

        var response = isSpan
            ? new ExplainResponse("span", options.Corpus is not null, analysis.Explanations[0], null)
            : new ExplainResponse("paragraph", options.Corpus is not null, null, analysis.ParagraphExplanations[0]);
        return Results.Json(response, AnalysisJson.Options(), "application/json; charset=utf-8");
    }

    private static ExplainRequest Parse(string json)
    {
        ExplainRequest? request;
        try
        {
            request = JsonSerializer.Deserialize<ExplainRequest>(json, Json);
        }
        catch (JsonException e)
        {
            throw LanternErrors.MalformedJson(RequestArticles.OneLine(e.Message));
        }

        if (request is null || string.IsNullOrWhiteSpace(request.Text))
        {
            throw LanternErrors.MalformedJson("expected an object {text, technique, start, length} or {text, technique, paragraph}");
        }

        return request;
    }

    private static ApiProblemException Bad(string detail) => new(StatusCodes.Status400BadRequest, "Bad request", detail);

    private static string Clip(string value) => value.Length > 40 ? value[..40] + "…" : value;
}
