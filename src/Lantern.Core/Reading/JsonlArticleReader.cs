using System.Globalization;
using System.Text;
using System.Text.Json;
using System.Text.Unicode;
using Lantern.Articles;
using Lantern.Errors;
using Lantern.Languages;
using Lantern.Reading.Internal;

namespace Lantern.Reading;

/// <summary>
/// Reads JSON Lines, one article per line: <c>{"id", "title", "text", "source", "url", "published",
/// "lang", "author"}</c>, only <c>text</c> required. Streamed line by line, so a file of any size is
/// fine; a single line over <see cref="ReadOptions.MaxBytes"/> is refused on its own. Blank lines are
/// skipped; every other line yields a result, an article or an error with its line number. An input
/// with no non-blank line is refused as empty.
/// </summary>
public static class JsonlArticleReader
{
    public const string FormatName = "jsonl";

    private static readonly JsonDocumentOptions JsonOptions = new() { AllowTrailingCommas = true, CommentHandling = JsonCommentHandling.Skip };

    /// <summary>Every line's result, in order; errors are reported and reading goes on.</summary>
    public static IEnumerable<JsonlResult> ReadFile(string path, ReadOptions? options = null, CancellationToken cancellationToken = default)
    {
        if (!File.Exists(path))
        {
            throw LanternErrors.NotFound(path);
        }

        return ReadFileLines(path, options ?? ReadOptions.Default, cancellationToken);
    }

    /// <summary>Every line's result from a stream (e.g. stdin); <paramref name="name"/> names it in errors and ids.</summary>
    public static IEnumerable<JsonlResult> Read(Stream stream, string name, ReadOptions? options = null, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(stream);
        return ReadLines(stream, name, options ?? ReadOptions.Default, cancellationToken);
    }

    /// <summary>The articles, stopping at the first bad line by throwing its error (<see cref="LanternErrors.MalformedLine"/>).</summary>
    public static IEnumerable<Article> ReadArticlesFile(string path, ReadOptions? options = null, CancellationToken cancellationToken = default) =>
        ReadFile(path, options, cancellationToken).Select(r => r.GetArticleOrThrow());

    /// <summary>The articles of a stream, stopping at the first bad line by throwing its error.</summary>
    public static IEnumerable<Article> ReadArticles(Stream stream, string name, ReadOptions? options = null, CancellationToken cancellationToken = default) =>
        Read(stream, name, options, cancellationToken).Select(r => r.GetArticleOrThrow());

    /// <summary>Reads one JSON object (the text of one line) as an article.</summary>
    public static Article ParseLine(string json, string name, long line, ReadOptions? options = null)
    {
        var result = ParseLine(Encoding.UTF8.GetBytes(json), name, line, options ?? ReadOptions.Default);
        return result.GetArticleOrThrow();
    }

    private static IEnumerable<JsonlResult> ReadFileLines(string path, ReadOptions options, CancellationToken cancellationToken)
    {
        using var stream = new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.Read, 1, FileOptions.SequentialScan);
        foreach (var result in ReadLines(stream, path, options, cancellationToken))
        {
            yield return result;
        }
    }

    private static IEnumerable<JsonlResult> ReadLines(Stream stream, string name, ReadOptions options, CancellationToken cancellationToken)
    {
        var first = true;
        var any = false;
        foreach (var line in ByteLines.Read(stream, options.MaxBytes, cancellationToken))
        {
            var bytes = line.Bytes;
            if (first && bytes is [0xEF, 0xBB, 0xBF, ..])
            {
                bytes = bytes[3..];
            }

            first = false;
            if (bytes is not null && IsBlank(bytes))
            {
                continue;
            }

            any = true;
            yield return bytes is null
                ? new JsonlResult(line.Number, null, LanternErrors.LineTooLarge(name, line.Number, options.MaxBytes))
                : ParseLine(bytes, name, line.Number, options);
        }

        if (!any)
        {
            throw LanternErrors.EmptyInput(name);
        }
    }

    private static JsonlResult ParseLine(byte[] bytes, string name, long line, ReadOptions options)
    {
        var warnings = new List<string>();
        string json;
        try
        {
            json = Utf8Input.DecodeUtf8(bytes, 0, name, options.Lenient, warnings);
        }
        catch (InputRejectedException)
        {
            Utf8.ToUtf16(bytes, new char[bytes.Length], out var valid, out _, replaceInvalidSequences: false);
            return Fail(name, line, $"invalid UTF-8 at byte {valid} of the line (use --lenient to read with replacement characters)");
        }

        if (json.Contains('\0', StringComparison.Ordinal))
        {
            return Fail(name, line, "NUL character: binary data, not JSON");
        }

        try
        {
            using var document = JsonDocument.Parse(json, JsonOptions);
            return ToArticle(document.RootElement, name, line, warnings);
        }
        catch (JsonException e)
        {
            return Fail(name, line, $"not valid JSON ({FirstLine(e.Message)})");
        }
        catch (InvalidOperationException)
        {
            // System.Text.Json parses a \u escape of a lone surrogate but throws when the string is read (or a name compared).
            return Fail(name, line, "not valid JSON (a \\u escape is a lone surrogate, not a character)");
        }
    }

    private static JsonlResult ToArticle(JsonElement root, string name, long line, List<string> warnings)
    {
        if (root.ValueKind != JsonValueKind.Object)
        {
            return Fail(name, line, $"expected a JSON object, found {root.ValueKind.ToString().ToLowerInvariant()}");
        }

        var fields = new Dictionary<string, string?>(StringComparer.Ordinal);
        foreach (var field in new[] { "id", "title", "text", "source", "url", "published", "lang", "author" })
        {
            if (!root.TryGetProperty(field, out var value) || value.ValueKind == JsonValueKind.Null)
            {
                continue;
            }

            var asString = value.ValueKind switch
            {
                JsonValueKind.String => value.GetString(),
                JsonValueKind.Number when field == "id" => value.GetRawText(),
                JsonValueKind.Array when field == "author" && value.EnumerateArray().All(a => a.ValueKind == JsonValueKind.String) =>
                    string.Join(", ", value.EnumerateArray().Select(a => a.GetString())),
                _ => null,
            };
            if (asString is null)
            {
                return Fail(name, line, $"field '{field}' must be a string, not {value.ValueKind.ToString().ToLowerInvariant()}");
            }

            fields[field] = asString;
        }

        if (!fields.TryGetValue("text", out var text) || text is null)
        {
            return Fail(name, line, "field 'text' is missing");
        }

        if (string.IsNullOrWhiteSpace(text))
        {
            return Fail(name, line, "field 'text' is empty");
        }

        DateTimeOffset? published = null;
        if (fields.TryGetValue("published", out var date) && !string.IsNullOrWhiteSpace(date))
        {
            if (!DateTimeOffset.TryParse(date, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal, out var parsed))
            {
                return Fail(name, line, $"field 'published' '{date}' is not an ISO-8601 date");
            }

            published = parsed;
        }

        var title = Blank(fields.GetValueOrDefault("title"));
        var titleLine = TitleLine.Find(text);
        var titleInText = title is not null && titleLine is { } found && found.Title.Of(text) == title.Trim();
        var language = Blank(fields.GetValueOrDefault("lang"));
        var article = new Article
        {
            Id = Blank(fields.GetValueOrDefault("id")) ?? string.Create(CultureInfo.InvariantCulture, $"{ArticleIds.FromName(name)}-{line}"),
            Text = text,
            Title = title,
            TitleSpan = titleInText ? titleLine!.Value.Title : null,
            BodySpan = titleInText ? titleLine!.Value.Body : null,
            Source = Blank(fields.GetValueOrDefault("source")),
            Url = Blank(fields.GetValueOrDefault("url")),
            Published = published,
            Language = language is null ? null : LanguageCodes.Normalize(language),
            Author = Blank(fields.GetValueOrDefault("author")),
            Format = FormatName,
            Warnings = warnings,
        };
        return new JsonlResult(line, article, null);
    }

    private static JsonlResult Fail(string name, long line, string why) => new(line, null, LanternErrors.MalformedLine(name, line, why));

    private static string? Blank(string? value) => string.IsNullOrWhiteSpace(value) ? null : value;

    private static string FirstLine(string message)
    {
        var end = message.IndexOfAny(['\r', '\n']);
        return end < 0 ? message : message[..end];
    }

    private static bool IsBlank(byte[] bytes) => bytes.AsSpan().TrimStart(" \t\r"u8).IsEmpty;
}
