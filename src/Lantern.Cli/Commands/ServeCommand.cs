using Lantern.Cli.Internal;
using Lantern.Errors;
using Lantern.Store;
using Lantern.Web;
using Lantern.Web.Api.Corpus;
using Microsoft.Extensions.Hosting;
using Spectre.Console.Cli;

namespace Lantern.Cli.Commands;

/// <summary><c>lantern serve</c>: the web page and API on this machine until Ctrl+C.</summary>
public sealed class ServeCommand(CliConsole console) : AsyncCommand<ServeSettings>
{
    public override async Task<int> ExecuteAsync(CommandContext context, ServeSettings settings, CancellationToken cancellationToken)
    {
        var options = new LanternWebOptions
        {
            ModelDirectory = settings.Models,
            Threads = settings.Threads,
            AllowPrivateUrls = settings.AllowPrivateUrls,
        };
        if (!string.IsNullOrWhiteSpace(settings.Urls))
        {
            foreach (var url in settings.Urls.Split(';', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
            {
                if (!Uri.TryCreate(url, UriKind.Absolute, out var uri) || uri.Scheme != Uri.UriSchemeHttp)
                {
                    throw LanternErrors.Usage($"--urls: '{url}' is not an http://HOST:PORT address");
                }
            }

            options = options with { Urls = settings.Urls };
        }

        if (settings.Threads is < 1)
        {
            throw LanternErrors.Usage($"--threads: must be at least 1, not {settings.Threads}");
        }

        options = WithLimits(options, settings);

        var token = settings.IngestToken ?? Environment.GetEnvironmentVariable("LANTERN_INGEST_TOKEN");
        token = string.IsNullOrWhiteSpace(token) ? null : token.Trim();
        if (token is not null && settings.Db is null)
        {
            throw LanternErrors.Usage("--ingest-token: needs --db (the corpus to store into)");
        }

        // Ingest writes, so it may create or migrate the schema; a read-only server refuses an outdated one instead.
        await using var store = settings.Db is null ? null : await CorpusStores.OpenAsync(settings.Db, migrate: token is not null, cancellationToken);
        options = options with { Corpus = store };
        await using var app = LanternWebHost.Create(options, api => CorpusApi.Map(api, new CorpusApiOptions(store, token)));
        try
        {
            await app.StartAsync(cancellationToken);
        }
        catch (IOException e)
        {
            // Kestrel reports a port in use (or an address this machine does not have) as an IOException.
            throw LanternErrors.Usage($"--urls: cannot listen on {options.Urls}: {e.Message.ReplaceLineEndings(" ")}");
        }

        foreach (var address in LanternWebHost.Addresses(app))
        {
            console.Out.WriteLine($"lantern: listening on {address}");
        }

        if (options.AllowPrivateUrls)
        {
            console.Error.WriteLine("lantern: --allow-private-urls: visitors can make this server fetch pages on private and loopback addresses");
        }

        if (store is not null)
        {
            console.Out.WriteLine($"lantern: corpus {store.Location}{(token is null ? string.Empty : " (ingest enabled)")}");
        }

        console.Out.WriteLine("lantern: press Ctrl+C to stop");
        console.Out.Flush();
        await app.WaitForShutdownAsync(cancellationToken);
        return ExitCodes.Ok;
    }

    // The operator's limits (docs/WEB.md, "Limits"); unset ones keep LanternWebOptions' defaults.
    private static LanternWebOptions WithLimits(LanternWebOptions options, ServeSettings settings)
    {
        static int Check(string option, int? value, int minimum, int fallback) => value switch
        {
            null => fallback,
            { } v when v < minimum => throw LanternErrors.Usage($"{option}: must be at least {minimum}, not {v}"),
            { } v => v,
        };

        return options with
        {
            ConcurrentAnalyses = Check("--concurrent-analyses", settings.ConcurrentAnalyses, 1, options.ConcurrentAnalyses),
            AnalysisQueue = Check("--analysis-queue", settings.AnalysisQueue, 0, options.AnalysisQueue),
            AnalysesPerClient = Check("--analyses-per-client", settings.AnalysesPerClient, 0, options.AnalysesPerClient),
            RequestBurst = Check("--request-burst", settings.RequestBurst, 0, options.RequestBurst),
            RequestsPerSecond = Check("--requests-per-second", settings.RequestsPerSecond, 1, options.RequestsPerSecond),
            EncoderSpinning = OptionValues.OnOff("--encoder-spinning", settings.EncoderSpinning) ?? options.EncoderSpinning,
        };
    }
}
