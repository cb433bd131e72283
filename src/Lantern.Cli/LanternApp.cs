using System.Reflection;
using Lantern.Cli.Commands;
using Lantern.Cli.Internal;
using Lantern.Errors;
using Spectre.Console.Cli;

namespace Lantern.Cli;

/// <summary>
/// The <c>lantern</c> command line: registration of every verb in <see cref="Configure"/> (one line per
/// verb), and <see cref="Run"/>, which maps every failure to an exit code and one line on stderr.
/// </summary>
public static class LanternApp
{
    /// <summary>Registers the verbs. To add one: a command class in <c>Commands/</c> and one line here.</summary>
    public static void Configure(IConfigurator config)
    {
        ArgumentNullException.ThrowIfNull(config);
        config.SetApplicationName("lantern");
        config.SetApplicationVersion(Version);
        config.AddExample("read", "examples/city-council-opinion.txt");
        config.AddExample("eval", "--task", "paragraphs", "--gold", "data/en", "--pred", "pred.txt");

        config.AddCommand<ReadCommand>("read")
            .WithDescription("Read an article and print what Lantern sees: metadata, structure, paragraphs with lines and offsets, sentences, languages.")
            .WithExample("read", "examples/city-council-opinion.txt")
            .WithExample("read", "article.html", "--format", "json")
            .WithExample("read", "-", "--type", "text");
        config.AddCommand<EvalCommand>("eval")
            .WithDescription("Score predictions against SemEval-2023 Task 3 gold labels with the official measures; prints one JSON object.")
            .WithExample("eval", "--task", "genre", "--gold", "data/en", "--pred", "genres.txt")
            .WithExample("eval", "--task", "spans", "--gold", "data/en/train-labels-subtask-3-spans", "--pred", "spans.txt");
        config.AddCommand<AnalyzeCommand>("analyze")
            .WithDescription("Analyse an article: genre, frames, techniques per paragraph and as exact spans; as JSON, terminal text or one HTML page.")
            .WithExample("analyze", "examples/city-council-opinion.txt")
            .WithExample("analyze", "article.html", "--format", "html")
            .WithExample("analyze", "-", "--type", "text", "--format", "json")
            .WithExample("analyze", "article.txt", "--explain", "--voice", "author");
        config.AddBranch("explain", explain =>
        {
            explain.SetDescription("Explanations of the findings.");
            explain.AddCommand<ExplainCheckCommand>("check")
                .WithDescription("Deletion test: do a span's cue words lower its technique score more than as many random words of the span? Prints JSON.")
                .WithExample("explain", "check", "--articles", "data/en/train-articles-subtask-3", "--limit", "20");
        });
        config.AddBranch("measure", measure =>
        {
            measure.SetDescription("Score the rule-based detectors on labelled sentence files.");
            measure.AddCommand<MeasureCallsCommand>("calls")
                .WithDescription("Precision and recall per class of the call-to-action detector, author flag, hard negatives wrongly flagged. Prints JSON.")
                .WithExample("measure", "calls", "tests/Lantern.Core.Tests/Fixtures/calls-to-action.tsv");
            measure.AddCommand<MeasureVoicesCommand>("voices")
                .WithDescription("Accuracy of the voice label (author, quoted, reported) and of the speaker name. Prints JSON.")
                .WithExample("measure", "voices", "tests/Lantern.Core.Tests/Fixtures/voices.tsv");
        });
        config.AddBranch("semeval", semeval =>
        {
            semeval.SetDescription("SemEval-2023 Task 3 files.");
            semeval.AddCommand<SemEvalPredictCommand>("predict")
                .WithDescription("Write predictions for a folder of article<ID>.txt files in a task's label-file format (span offsets in code points).")
                .WithExample("semeval", "predict", "--task", "spans", "--articles", "data/en/train-articles-subtask-3", "--out", "spans.txt");
        });
        config.AddCommand<BenchCommand>("bench")
            .WithDescription("Measure the full analysis (articles/s, tokens/s, p50/p95, peak RSS, model load) and the bare encoder on the same paragraphs.")
            .WithExample("bench", "--articles", "data/en/train-articles-subtask-3", "--limit", "50");
        // web (the page and API)
        config.AddCommand<ServeCommand>("serve")
            .WithDescription("Serve the web page and API (analyse pasted text, an uploaded file or a URL) on this machine until Ctrl+C.")
            .WithExample("serve")
            .WithExample("serve", "--urls", "http://127.0.0.1:8080", "--threads", "2");
        // --- corpus (Lantern.Store): db, sources, ingest, search, stats, compare, worker, corpus-bench ---
        config.AddBranch("db", db =>
        {
            db.SetDescription("The corpus database.");
            db.AddCommand<DbMigrateCommand>("migrate")
                .WithDescription("Create the corpus schema or bring it up to date (SQLite file or PostgreSQL).")
                .WithExample("db", "migrate", "--db", "postgres://lantern@localhost/lantern");
        });
        config.AddBranch("sources", sources =>
        {
            sources.SetDescription("The outlets articles come from.");
            sources.AddCommand<SourcesImportCommand>("import")
                .WithDescription("Add or update outlets from a CSV: domain,name,country,language,orientation,tags.")
                .WithExample("sources", "import", "sources.csv");
        });
        config.AddCommand<IngestCommand>("ingest")
            .WithDescription("Store articles with their analyses: files, folders, JSONL or RSS/Atom feeds; duplicates skipped, resumable.")
            .WithExample("ingest", "articles/")
            .WithExample("ingest", "--feed", "https://example.org/rss.xml", "--db", "postgres://lantern@localhost/lantern")
            .WithExample("ingest", "news.jsonl", "--enqueue-only");
        config.AddCommand<SearchCommand>("search")
            .WithDescription("Full-text search of the corpus: ranked hits, highlighted snippets, the techniques in each.")
            .WithExample("search", "tax cuts", "--technique", "Loaded_Language", "--from", "2026-01-01");
        config.AddCommand<StatsCommand>("stats")
            .WithDescription("Technique rates (per 1,000 words, per article) by source, month, week, technique, frame or genre; table, CSV, JSON, plot.")
            .WithExample("stats", "--by", "month", "--plot", "months.png")
            .WithExample("stats", "--by", "source", "--format", "csv");
        config.AddCommand<CompareCommand>("compare")
            .WithDescription("Compare the technique fingerprints of two sources, with bootstrap 95% intervals and illustrating passages.")
            .WithExample("compare", "example.org", "example.com");
        config.AddCommand<WorkerCommand>("worker")
            .WithDescription("Analyse queued articles (from ingest --enqueue-only); run several on one PostgreSQL database.")
            .WithExample("worker", "--db", "postgres://lantern@localhost/lantern");
        config.AddCommand<CorpusBenchCommand>("corpus-bench")
            .WithDescription("Fill a store with synthetic analysed articles and measure search, stats, size and write rates.")
            .WithExample("corpus-bench", "--articles", "10000", "--db", "bench.db");
        // --- end corpus ---
        config.AddCommand<TrainCommand>("train")
            .WithDescription("Cross-validate and train the heads on SemEval-2023 Task 3 training data; writes the model folder.")
            .WithExample("train", "--data", "data/semeval2023-task3", "--out", "models", "--cv", "5")
            .WithExample("train", "--data", "data/semeval2023-task3", "--langs", "en", "--max-articles", "20", "--cv", "2");
    }

    /// <summary>The informational version of the CLI assembly (e.g. <c>0.1.0+commit</c>).</summary>
    public static string Version { get; } =
        typeof(LanternApp).Assembly.GetCustomAttribute<AssemblyInformationalVersionAttribute>()?.InformationalVersion ?? "0.0.0";

    /// <summary>What a lone <c>-</c> argument (standard input) reaches the commands as.</summary>
    public const string StandardInput = "<stdin>";

    /// <summary>Runs one command line and returns its exit code (<see cref="ExitCodes"/>). Never throws.</summary>
    public static int Run(IReadOnlyList<string> args, CliConsole console, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(console);
        var registrar = new TypeRegistrar();
        registrar.RegisterInstance(typeof(CliConsole), console);
        var app = new CommandApp(registrar);
        app.Configure(config =>
        {
            Configure(config);
            config.ConfigureConsole(console.Ansi);
            config.PropagateExceptions();
        });

        try
        {
            // No verb at all is a usage error: show the help, but say so in the exit code.
            if (args.Count == 0)
            {
                app.Run(["--help"], cancellationToken);
                return ExitCodes.Usage;
            }

            // Spectre reads a lone "-" as an option; it means standard input, so it is passed on as a token.
            return app.Run([.. args.Select(a => a == "-" ? StandardInput : a)], cancellationToken);
        }
        catch (Exception e)
        {
            var (code, message) = Classify(e);
            console.Error.WriteLine($"lantern: {message}");
            if (console.Debug)
            {
                console.Error.WriteLine(e.ToString());
            }

            return code;
        }
    }

    internal static (int Code, string Message) Classify(Exception e)
    {
        // Spectre wraps exceptions thrown while binding settings; the cause is what the user needs.
        while (e is TargetInvocationException { InnerException: { } inner })
        {
            e = inner;
        }

        return e switch
        {
            UsageException => (ExitCodes.Usage, OneLine(e.Message)),
            CommandAppException => (ExitCodes.Usage, OneLine(e.Message)),
            InputRejectedException => (ExitCodes.InputRejected, OneLine(e.Message)),
            ModelException => (ExitCodes.Internal, OneLine(e.Message)),
            OperationCanceledException => (ExitCodes.Internal, "cancelled"),
            // A connection lost or a server stopped in the middle of a command: the database's own message, and what
            // became of the work (each transaction is all or nothing; ingest and workers resume where they stopped).
            System.Data.Common.DbException => (ExitCodes.Internal, $"corpus database error: {OneLine(e.Message)} ({e.GetType().Name}; the unfinished transaction was rolled back, committed work stays; run the command again)"),
            _ => (ExitCodes.Internal, $"internal error: {OneLine(e.Message)} ({e.GetType().Name}; set LANTERN_DEBUG=1 for details)"),
        };
    }

    private static string OneLine(string message)
    {
        var line = message.ReplaceLineEndings("\n").Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
        return line.Length == 0 ? "unknown error" : string.Join(' ', line);
    }
}
