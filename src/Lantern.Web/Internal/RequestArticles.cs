using System.Text;
using System.Text.Json;
using Lantern.Articles;
using Lantern.Errors;
using Lantern.Reading;
using Lantern.Web.Api;
using Lantern.Web.Fetching;
using Microsoft.AspNetCore.Http;
using Microsoft.Net.Http.Headers;

namespace Lantern.Web.Internal;

/// <summary>
/// Turns the body of <c>POST /api/analyze</c> into an article with the same readers the CLI uses: text/plain as a
/// plain-text file, text/html as an HTML page, application/json as <see cref="AnalyzeRequest"/> (a URL is fetched
/// through <see cref="UrlFetcher"/>). The body is read with a size cap before any parsing.
/// </summary>
internal static class RequestArticles
{
    public const string BodyName = "request body";

    public static IReadOnlyList<string> MediaTypes { get; } = ["text/plain", "text/html", "application/json"];

    /// <summary>The body of <c>POST /api/analyze</c> and <c>POST /api/ingest</c>, as the OpenAPI document declares it.</summary>
    public static DeclaredBody Body { get; } = new(
        MediaTypes, typeof(AnalyzeRequest),
        "The article (UTF-8): text/plain is read like a text file (first line = title), text/html like a saved web page (main text extracted).");

    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web)
    {
        UnmappedMemberHandling = System.Text.Json.Serialization.JsonUnmappedMemberHandling.Disallow,
    };

    public static async Task<Article> ReadAsync(HttpRequest request, UrlFetcher fetcher, long maxBytes, CancellationToken cancellationToken)
    {
        // The media type is checked before the body is read, so a refused type costs no upload.
        CheckedMediaType(request.ContentType);
        var body = await ReadBodyAsync(request, maxBytes, cancellationToken);
        var parsed = Parse(request.ContentType, body, maxBytes, cancellationToken);
        return parsed.Article ?? await FetchAsync(parsed.FetchRequest!, fetcher, maxBytes, cancellationToken);
    }

    /// <summary>
    /// Parses a body already read, by its content type: the article, or for JSON that names only a URL the request
    /// to fetch. Bad input throws <see cref="InputRejectedException"/> (400) or <see cref="ApiProblemException"/> (4xx)
    /// and nothing else; the fuzz target <c>api</c> calls this directly.
    /// </summary>
    public static ParsedBody Parse(string? contentType, byte[] body, long maxBytes, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(body);
        var type = CheckedMediaType(contentType);
        if (body.LongLength > maxBytes)
        {
            throw Problem(StatusCodes.Status413PayloadTooLarge, "Payload too large", LanternErrors.RequestTooLarge(maxBytes));
        }

        var options = ReadOptions.Default with { MaxBytes = maxBytes };
        using var stream = new MemoryStream(body, writable: false);
        switch (type)
        {
            case "text/plain":
                return new ParsedBody(PlainTextReader.Read(stream, BodyName, options, id: "request", cancellationToken), null);
            case "text/html":
                return new ParsedBody(HtmlArticleReader.Read(stream, BodyName, options, id: "request", cancellationToken), null);
            default:
                // The JSON is decoded by the same UTF-8 check as text, so binary or invalid bytes get the same message.
                var json = PlainTextReader.Read(stream, BodyName, options, id: "request", cancellationToken).Text;
                return FromJson(json);
        }
    }

    private static string CheckedMediaType(string? contentType)
    {
        var mediaType = MediaType(contentType);
        if (mediaType is null || !MediaTypes.Contains(mediaType.Value.Type))
        {
            throw Problem(StatusCodes.Status415UnsupportedMediaType, "Unsupported media type", LanternErrors.UnsupportedMediaType(contentType, MediaTypes));
        }

        if (mediaType.Value.Charset is { } charset && !charset.Equals("utf-8", StringComparison.OrdinalIgnoreCase)
            && !charset.Equals("utf8", StringComparison.OrdinalIgnoreCase) && !charset.Equals("us-ascii", StringComparison.OrdinalIgnoreCase))
        {
            throw Problem(StatusCodes.Status415UnsupportedMediaType, "Unsupported media type", LanternErrors.UnsupportedEncoding(BodyName, charset));
        }

        return mediaType.Value.Type;
    }

    private static ParsedBody FromJson(string json)
    {
        AnalyzeRequest? parsed;
        try
        {
            parsed = JsonSerializer.Deserialize<AnalyzeRequest>(json, Json);
        }
        catch (JsonException e)
        {
            throw LanternErrors.MalformedJson(OneLine(e.Message));
        }

        if (parsed is null)
        {
            throw LanternErrors.MalformedJson("expected an object {text, title, url}");
        }

        var title = string.IsNullOrWhiteSpace(parsed.Title) ? null : parsed.Title.Trim();
        if (parsed.Text is not null)
        {
            var article = PlainTextReader.FromText(parsed.Text, "request");
            return new ParsedBody(article with { Title = title ?? article.Title, Url = string.IsNullOrWhiteSpace(parsed.Url) ? null : parsed.Url.Trim() }, null);
        }

        if (string.IsNullOrWhiteSpace(parsed.Url))
        {
            throw LanternErrors.NothingToAnalyze();
        }

        return new ParsedBody(null, parsed with { Title = title });
    }

    private static async Task<Article> FetchAsync(AnalyzeRequest request, UrlFetcher fetcher, long maxBytes, CancellationToken cancellationToken)
    {
        // A URL that is refused, cannot be fetched or holds no readable article is a well-formed request
        // the server cannot carry out: 422, with the one-line reason.
        try
        {
            var page = await fetcher.FetchAsync(request.Url!, cancellationToken);
            var name = page.Url.AbsoluteUri;
            var options = ReadOptions.Default with { MaxBytes = maxBytes };
            using var stream = new MemoryStream(page.Body, writable: false);
            var read = page.MediaType == "text/plain"
                ? PlainTextReader.Read(stream, name, options, id: "url", cancellationToken)
                : HtmlArticleReader.Read(stream, name, options, id: "url", cancellationToken);
            return read with { Title = request.Title ?? read.Title, Url = name };
        }
        catch (InputRejectedException e)
        {
            throw new ApiProblemException(StatusCodes.Status422UnprocessableEntity, "URL not analysed", e.Message);
        }
    }

    internal static async Task<byte[]> ReadBodyAsync(HttpRequest request, long maxBytes, CancellationToken cancellationToken)
    {
        if (request.ContentLength > maxBytes)
        {
            throw Problem(StatusCodes.Status413PayloadTooLarge, "Payload too large", LanternErrors.RequestTooLarge(maxBytes));
        }

        using var buffer = new MemoryStream();
        var chunk = new byte[16384];
        int read;
        while ((read = await request.Body.ReadAsync(chunk, cancellationToken)) > 0)
        {
            if (buffer.Length + read > maxBytes)
            {
                throw Problem(StatusCodes.Status413PayloadTooLarge, "Payload too large", LanternErrors.RequestTooLarge(maxBytes));
            }

            buffer.Write(chunk, 0, read);
        }

        return buffer.ToArray();
    }

    internal static (string Type, string? Charset)? MediaType(string? contentType)
    {
        if (contentType is null || !MediaTypeHeaderValue.TryParse(contentType, out var parsed) || parsed.MediaType.Value is not { } type)
        {
            return null;
        }

        var charset = parsed.Charset.HasValue ? parsed.Charset.Value!.Trim('"') : null;
        return (type.ToLowerInvariant(), charset);
    }

    private static ApiProblemException Problem(int status, string title, LanternException error) => new(status, title, error.Message);

    internal static string OneLine(string message)
    {
        var first = message.ReplaceLineEndings("\n").Split('\n')[0];
        return first.Length > 200 ? new StringBuilder(first, 0, 200, 201).Append('…').ToString() : first;
    }
}
