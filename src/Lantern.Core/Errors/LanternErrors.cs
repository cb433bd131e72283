namespace Lantern.Errors;

/// <summary>Every user-facing error message of Lantern, in one place.</summary>
public static class LanternErrors
{
    public static InputRejectedException EmptyInput(string name) =>
        new($"{name}: the input is empty (or only whitespace)");

    public static InputRejectedException BinaryInput(string name, long byteOffset) =>
        new($"{name}: looks like binary data (NUL byte at byte {byteOffset}), not text");

    public static InputRejectedException InvalidUtf8(string name, long byteOffset) =>
        new($"{name}: invalid UTF-8 at byte {byteOffset} (use --lenient to read with replacement characters)");

    public static InputRejectedException TooLarge(string name, long size, long limit) =>
        new($"{name}: {size} bytes is over the limit of {limit} bytes (raise it with --max-bytes)");

    public static InputRejectedException TooLargeStream(string name, long limit) =>
        new($"{name}: more than {limit} bytes, over the limit (raise it with --max-bytes)");

    public static InputRejectedException UnsupportedEncoding(string name, string encoding) =>
        new($"{name}: {encoding} text is not supported, only UTF-8 (convert it, e.g. with iconv -t UTF-8)");

    public static InputRejectedException LineTooLarge(string name, long line, long limit) =>
        new($"{name}:{line}: line of more than {limit} bytes is over the limit (raise it with --max-bytes)");

    public static UsageException ManyArticles(string name) =>
        new($"{name}: a JSONL file holds many articles, not one; read it with the JSONL reader");

    public static InputRejectedException NoArticleText(string name) =>
        new($"{name}: no article text found in the HTML");

    public static InputRejectedException Malformed(string name, string why) =>
        new($"{name}: {why}");

    public static InputRejectedException MalformedLine(string name, long line, string why) =>
        new($"{name}:{line}: {why}");

    public static InputRejectedException NotFound(string path) =>
        new($"{path}: no such file or directory");

    public static InputRejectedException DuplicateRow(string name, string unit) =>
        new($"{name}: {unit} occurs more than once");

    public static InputRejectedException UnknownLabel(string name, string unit, string label, string kind) =>
        new($"{name}: {unit} has unknown {kind} '{label}'");

    public static InputRejectedException InvalidSpan(string name, string unit, int start, int end) =>
        new($"{name}: {unit} has a span that ends before it starts ({start}..{end})");

    // --- web: requests and pages fetched on behalf of a visitor (one line each; the URL is quoted as given) ---

    public static InputRejectedException RequestTooLarge(long limit) =>
        new($"request body: more than {limit} bytes, over this server's limit");

    public static InputRejectedException UnsupportedMediaType(string? contentType, IEnumerable<string> allowed) =>
        new($"request body: content type '{contentType ?? "(none)"}' is not accepted (send one of: {string.Join(", ", allowed)})");

    public static InputRejectedException MalformedJson(string why) =>
        new($"request body: malformed JSON ({why})");

    public static InputRejectedException NothingToAnalyze() =>
        new("request body: give 'text' or 'url'");

    public static InputRejectedException UrlInvalid(string url) =>
        new($"{url}: not an absolute http or https URL");

    public static InputRejectedException UrlRefused(string url, string why) =>
        new($"{url}: refused: {why}");

    public static InputRejectedException UrlFetchFailed(string url, string why) =>
        new($"{url}: could not be fetched: {why}");
    // The corpus store (lantern db/ingest/search/stats/compare/worker).
    public static InputRejectedException StoreUnavailable(string location, string why, Exception? cause = null) =>
        new($"{location}: cannot open the corpus database ({why})", cause);

    public static UsageException CorpusMissing(string location) =>
        new($"{location}: no such corpus database (create one with 'lantern db migrate --db ...' or 'lantern ingest')");

    public static UsageException SchemaOutdated(string location, int version, int latest) =>
        new($"{location}: corpus schema is version {version}, this lantern needs {latest}; run 'lantern db migrate --db ...' first");

    public static InputRejectedException SchemaTooNew(string location, int version, int latest) =>
        new($"{location}: corpus schema is version {version}, newer than this lantern knows ({latest}); use a newer lantern");

    public static InputRejectedException FeedUnreadable(string url, string why) =>
        new($"{url}: cannot read the feed ({why})");

    public static UsageException Usage(string message) => new(message);

    public static UsageException UnknownValue(string option, string value, IEnumerable<string> allowed) =>
        new($"{option}: unknown value '{value}' (expected one of: {string.Join(", ", allowed)})");

    public static ModelException ModelMissing(string path) =>
        new($"{path}: model file not found (train one with 'lantern train' or restore the shipped models/)");

    public static ModelException ModelCorrupt(string path, string why) =>
        new($"{path}: model file is corrupt or of another version ({why})");

    public static ModelException ModelsNotFound(IEnumerable<string> searched) =>
        new($"no models folder found (looked in: {string.Join(", ", searched)}); set LANTERN_MODELS or pass --models DIR");

    public static ModelException PresetUnavailable(string heads, string preset) =>
        new($"{heads}: these heads have no '{preset}' preset (heads older than format 5); retrain them with 'lantern train' or use --preset balanced");

    public static UsageException ConfidenceOutOfRange(string option, string value) =>
        new($"{option}: must be a probability between 0 and 1, not '{value}'");

    /// <summary>A broken invariant inside Lantern (a bug, not bad input); exit code 3 like model errors.</summary>
    public static ModelException Internal(string what) =>
        new($"internal error: {what}");
}
