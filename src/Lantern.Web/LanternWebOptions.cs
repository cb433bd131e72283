namespace Lantern.Web;

/// <summary>How the web app runs. Every default is stated here.</summary>
public sealed record LanternWebOptions
{
    /// <summary>Where Kestrel listens (semicolon-separated). Loopback only by default: the app is a local tool.</summary>
    public string Urls { get; init; } = "http://127.0.0.1:5080";

    /// <summary>The models folder; null to locate it (<c>$LANTERN_MODELS</c>, then <c>models/</c> next to the app or above).</summary>
    public string? ModelDirectory { get; init; }

    /// <summary>Encoder threads; null for the analyzer's default.</summary>
    public int? Threads { get; init; }

    /// <summary>
    /// Whether the encoder's idle threads spin while waiting for work; null (the default): only when one analysis runs
    /// at a time (<see cref="ConcurrentAnalyses"/> 1). With several at once, spinning threads take the cores the
    /// other analyses need.
    /// </summary>
    public bool? EncoderSpinning { get; init; }

    /// <summary>Let visitors ask the server to fetch URLs on loopback, private, link-local and similar addresses. Off by default.</summary>
    public bool AllowPrivateUrls { get; init; }

    /// <summary>The largest request body accepted (413 above it). Default 2 MiB, far above any article.</summary>
    public long MaxRequestBytes { get; init; } = 2L * 1024 * 1024;

    /// <summary>
    /// Requests to <c>/api/*</c> each client (remote address) may make in a burst; 0 turns the limit off. Analyses
    /// (<c>POST /api/analyze</c>, <c>/api/explain</c>, <c>/api/ingest</c>) do not count here: their cost is bounded by
    /// <see cref="ConcurrentAnalyses"/>, <see cref="AnalysisQueue"/> and <see cref="AnalysesPerClient"/> instead.
    /// </summary>
    public int RequestBurst { get; init; } = 60;

    /// <summary>Requests per second a client's burst refills by.</summary>
    public int RequestsPerSecond { get; init; } = 10;

    /// <summary>Analyses run at once, for all clients together; more wait in a queue of <see cref="AnalysisQueue"/> (the encoder already uses the cores).</summary>
    public int ConcurrentAnalyses { get; init; } = 2;

    /// <summary>Analyses waiting for a slot, oldest first, before further ones are refused with 429 and a <c>Retry-After</c>.</summary>
    public int AnalysisQueue { get; init; } = 64;

    /// <summary>
    /// Analyses one client (remote address) may have running or waiting at once, so that one client cannot fill the whole
    /// queue; beyond it, 429 with <c>Retry-After</c>. 0 turns the per-client limit off.
    /// </summary>
    public int AnalysesPerClient { get; init; } = 16;

    /// <summary>
    /// The corpus whose already-analysed passages <c>POST /api/explain</c> lists as similar to the explained finding;
    /// null (the default, and <c>lantern serve</c> without <c>--db</c>): explanations come without similar passages.
    /// </summary>
    public Store.ICorpusStore? Corpus { get; init; }

    /// <summary>How the server fetches a URL given to <c>POST /api/analyze</c>.</summary>
    public Fetching.FetchOptions Fetch { get; init; } = new();
}
