using System.ComponentModel;
using Spectre.Console.Cli;

namespace Lantern.Cli.Commands;

/// <summary>Arguments of <c>lantern serve</c>.</summary>
public sealed class ServeSettings : CommandSettings
{
    [CommandOption("--urls <URLS>")]
    [Description("Where to listen, semicolon-separated (default http://127.0.0.1:5080: this machine only).")]
    public string? Urls { get; set; }

    [CommandOption("--models <DIR>")]
    [Description("The models folder (default: $LANTERN_MODELS, or models/ next to lantern or in the repository).")]
    public string? Models { get; set; }

    [CommandOption("--allow-private-urls")]
    [Description("Let the server fetch URLs on loopback, private and link-local addresses (local testing only).")]
    public bool AllowPrivateUrls { get; set; }

    [CommandOption("--threads <N>")]
    [Description("Encoder threads (default: cores, at most 4).")]
    public int? Threads { get; set; }

    [CommandOption("--encoder-spinning <on|off>")]
    [Description("Whether idle encoder threads spin (default: on only with --concurrent-analyses 1; off when analyses share the cores).")]
    public string? EncoderSpinning { get; set; }

    [CommandOption("--db <DB>")]
    [Description("Serve this corpus (SQLite file or postgres://...) on the Corpus and Dashboard pages and /api/articles, /api/stats, /api/compare.")]
    public string? Db { get; set; }

    [CommandOption("--ingest-token <TOKEN>")]
    [Description("Enable POST /api/ingest for clients sending Authorization: Bearer TOKEN (default: $LANTERN_INGEST_TOKEN; unset: ingest disabled).")]
    public string? IngestToken { get; set; }

    [CommandOption("--concurrent-analyses <N>")]
    [Description("Analyses run at once, all clients together (default 2: each analysis already uses the encoder's threads).")]
    public int? ConcurrentAnalyses { get; set; }

    [CommandOption("--analysis-queue <N>")]
    [Description("Analyses that wait for a slot, oldest first, before more are refused with 429 and Retry-After (default 64).")]
    public int? AnalysisQueue { get; set; }

    [CommandOption("--analyses-per-client <N>")]
    [Description("Analyses one client address may have running or waiting (default 16; 0: no per-client limit).")]
    public int? AnalysesPerClient { get; set; }

    [CommandOption("--request-burst <N>")]
    [Description("Other /api requests one client address may make in a burst (default 60; 0: no request limit).")]
    public int? RequestBurst { get; set; }

    [CommandOption("--requests-per-second <N>")]
    [Description("How fast a client's request burst refills (default 10).")]
    public int? RequestsPerSecond { get; set; }
}
