using System.Globalization;
using Lantern.Cli.Internal;
using Lantern.Errors;
using Lantern.Store;
using Lantern.Store.Ingest;
using Spectre.Console.Cli;

namespace Lantern.Cli.Commands;

/// <summary>
/// <c>lantern ingest PATH...|--feed URL</c>: reads articles, skips those stored already (content hash), analyses the
/// rest in parallel and commits each with its analysis; prints what was new, duplicate or rejected (and why).
/// </summary>
public sealed class IngestCommand(CliConsole console) : Command<IngestSettings>
{
    public override int Execute(CommandContext context, IngestSettings settings, CancellationToken cancellationToken)
    {
        if (settings.Paths.Length == 0 && settings.Feeds.Length == 0)
        {
            throw LanternErrors.Usage("ingest: give files or folders to read, or --feed URL");
        }

        foreach (var path in settings.Paths)
        {
            if (!File.Exists(path) && !Directory.Exists(path))
            {
                throw LanternErrors.NotFound(path);
            }
        }

        var feeds = settings.Feeds.Select(f => Uri.TryCreate(f, UriKind.Absolute, out var uri) && uri.Scheme is "http" or "https"
            ? uri
            : throw LanternErrors.Usage($"--feed: '{f}' is not an http(s) URL")).ToList();
        var options = new IngestOptions
        {
            BatchSize = OptionValues.Positive("--batch", settings.Batch) ?? IngestOptions.Default.BatchSize,
            Parallelism = OptionValues.Positive("--parallel", settings.Parallel),
            EnqueueOnly = settings.EnqueueOnly,
            Source = string.IsNullOrWhiteSpace(settings.Source) ? null : settings.Source.Trim(),
        };
        var feedOptions = FeedOptions.Default with
        {
            Timeout = TimeSpan.FromSeconds(OptionValues.Positive("--timeout", settings.Timeout) ?? (int)FeedOptions.Default.Timeout.TotalSeconds),
        };

        return Run(settings, options, feeds, feedOptions, cancellationToken).GetAwaiter().GetResult();
    }

    private async Task<int> Run(IngestSettings settings, IngestOptions options, List<Uri> feeds, FeedOptions feedOptions, CancellationToken cancellationToken)
    {
        await using var store = await CorpusStores.OpenAsync(settings.Database, migrate: true, cancellationToken);
        using var analyzer = options.EnqueueOnly ? null : AnalyzerFactory.CreateForBatch(settings.Models, threads: null, settings.Parallel);

        // Feed pages are fetched before the bar starts, so its total is known; files are read as the bar advances.
        var feedItems = new List<IngestItem>();
        if (feeds.Count > 0)
        {
            using var http = new HttpClient { Timeout = System.Threading.Timeout.InfiniteTimeSpan };
            http.DefaultRequestHeaders.UserAgent.ParseAdd($"lantern/{LanternApp.Version.Split('+')[0]}");
            var source = new FeedSource(http, feedOptions);
            foreach (var feed in feeds)
            {
                console.Error.WriteLine($"ingest: fetching {feed}");
                await foreach (var item in source.ReadAsync(feed, cancellationToken))
                {
                    feedItems.Add(item);
                }
            }
        }

        var total = settings.Paths.Sum(IngestInputs.Count) + feedItems.Count;
        var items = settings.Paths.SelectMany(p => IngestInputs.FromPath(p, cancellationToken: cancellationToken)).Concat(feedItems);
        var ingester = new Ingester(store, analyzer, options);
        IngestSummary? summary = null;
        IngestProgress? last = null;
        ProgressReporter.Run(
            console,
            "ingest",
            Math.Max(total, 1),
            tick => summary = ingester.RunAsync(items, p => { last = p; tick(); }, cancellationToken).GetAwaiter().GetResult(),
            () => last is { } p ? $"{p.Added} new, {p.Duplicates} dup, {p.Rejected} rejected" : string.Empty);

        Report(summary!, store.Location);
        return summary!.Added + summary.Duplicates == 0 && summary.Rejected.Count > 0 ? ExitCodes.InputRejected : ExitCodes.Ok;
    }

    private void Report(IngestSummary summary, string location)
    {
        var seconds = Math.Max(summary.Elapsed.TotalSeconds, 1e-9);
        console.Out.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"ingest: {summary.Added} new ({summary.Queued} queued for workers), {summary.Duplicates} duplicate, {summary.Rejected.Count} rejected in {summary.Elapsed.TotalSeconds:0.0} s ({summary.Added / seconds:0.0} new/s) into {location}"));
        foreach (var rejected in summary.Rejected)
        {
            console.Out.WriteLine($"rejected: {rejected.Rejection}");
        }

        console.Out.Flush();
    }
}
