using System.Diagnostics;
using System.Globalization;
using Lantern.Cli.Internal;
using Lantern.Store;
using Lantern.Store.Comparison;
using Lantern.Store.Ingest;
using Lantern.Store.Queue;
using Lantern.Store.Synthetic;
using Spectre.Console.Cli;

namespace Lantern.Cli.Commands;

/// <summary>
/// <c>lantern corpus-bench</c>: adds synthetic analysed articles to a store (appending after what it holds) and prints
/// write rate, size per 1,000 articles, search and stats latencies; with <c>--with-model N</c> also ingest with the
/// model and queue-worker throughput with 1 and 2 workers.
/// </summary>
public sealed class CorpusBenchCommand(CliConsole console) : AsyncCommand<CorpusBenchSettings>
{
    // Articles per bulk transaction by default (BulkSaveAsync: prepared statements in SQLite, binary COPY in PostgreSQL).
    private const int DefaultBatch = 5000;

    // Common words (the head of the synthetic vocabulary): every article matches, the worst case of ranking.
    private static readonly string[] CommonSearches =
        ["budget", "tax reform", "housing crisis", "minister scandal", "energy prices", "court police", "climate farmers future", "pension strike"];

    // Topic words (made-up words of rank 150 to 3,000 in the Zipf vocabulary: in 1 % to 25 % of the articles, two-word
    // queries in fewer), as real searches are.
    private static readonly string[] RealisticSearches =
    [
        SyntheticCorpus.Word(150), SyntheticCorpus.Word(400) + " " + SyntheticCorpus.Word(180), SyntheticCorpus.Word(900),
        SyntheticCorpus.Word(250) + " " + SyntheticCorpus.Word(1200), SyntheticCorpus.Word(3000), SyntheticCorpus.Word(600),
        SyntheticCorpus.Word(2000) + " " + SyntheticCorpus.Word(300), SyntheticCorpus.Word(1500),
    ];

    // Stats with the usual filters (answered by the roll-up; a date off month bounds by the roll-up and a scan of the
    // days around its whole months; a threshold off the 0.01 grid by the roll-up and a band of spans), then two the
    // roll-up cannot answer (span scans).
    private static readonly (string Name, StatsDimension By, CorpusFilter Filter)[] FilteredStats =
    [
        ("--by month --source S --genre G", StatsDimension.Month, new CorpusFilter { Source = SyntheticCorpus.Sources[0], Genre = "opinion" }),
        ("--by source --technique T", StatsDimension.Source, new CorpusFilter { Technique = "Loaded_Language" }),
        ("--by technique --voice author", StatsDimension.Technique, new CorpusFilter { Voice = VoiceFilter.Author }),
        ("--by source --frame F", StatsDimension.Source, new CorpusFilter { Frame = "Economic" }),
        ("--by week --from 2025-03-01 --to 2025-05-31", StatsDimension.Week, new CorpusFilter { From = new DateOnly(2025, 3, 1), To = new DateOnly(2025, 5, 31) }),
        ("--by source --min-confidence 0.6", StatsDimension.Source, new CorpusFilter { MinConfidence = 0.6 }),
        ("--by month --technique T --min-confidence 0.85", StatsDimension.Month, new CorpusFilter { Technique = "Loaded_Language", MinConfidence = 0.85 }),
        ("--by month --from 2025-03-15 (week cells + 2 days scanned)", StatsDimension.Month, new CorpusFilter { From = new DateOnly(2025, 3, 15) }),
        ("--by source --min-confidence 0.62 (steps + fine steps)", StatsDimension.Source, new CorpusFilter { MinConfidence = 0.62 }),
        ("--by source --min-confidence 0.625 (steps + fine steps + band)", StatsDimension.Source, new CorpusFilter { MinConfidence = 0.625 }),
        ("--by week --frame F", StatsDimension.Week, new CorpusFilter { Frame = "Economic" }),
        ("--by week --min-confidence 0.6", StatsDimension.Week, new CorpusFilter { MinConfidence = 0.6 }),
        ("--by frame --frame F", StatsDimension.Frame, new CorpusFilter { Frame = "Economic" }),
        ("--by frame --min-confidence 0.6", StatsDimension.Frame, new CorpusFilter { MinConfidence = 0.6 }),
        ("--by week --min-confidence 0.62 (steps + fine steps)", StatsDimension.Week, new CorpusFilter { MinConfidence = 0.62 }),
        ("--by week --min-confidence 0.625 (steps + fine steps + band)", StatsDimension.Week, new CorpusFilter { MinConfidence = 0.625 }),
        ("--by frame --min-confidence 0.62 (steps + fine steps)", StatsDimension.Frame, new CorpusFilter { MinConfidence = 0.62 }),
        ("--by frame --min-confidence 0.625 (steps + fine steps + band)", StatsDimension.Frame, new CorpusFilter { MinConfidence = 0.625 }),
        ("--by source --frame F --min-confidence 0.6 (scan)", StatsDimension.Source, new CorpusFilter { Frame = "Economic", MinConfidence = 0.6 }),
        ("--by frame --source S --min-confidence 0.6", StatsDimension.Frame, new CorpusFilter { Source = SyntheticCorpus.Sources[0], MinConfidence = 0.6 }),
        ("--by frame --lang L --min-confidence 0.6", StatsDimension.Frame, new CorpusFilter { Language = "en", MinConfidence = 0.6 }),
        ("--by frame --source S --min-confidence 0.62 (scan)", StatsDimension.Frame, new CorpusFilter { Source = SyntheticCorpus.Sources[0], MinConfidence = 0.62 }),
    ];

    public override async Task<int> ExecuteAsync(CommandContext context, CorpusBenchSettings settings, CancellationToken cancellationToken)
    {
        var articles = OptionValues.Positive("--articles", settings.Articles) ?? 10_000;
        var seed = settings.Seed ?? 1;
        var batchSize = OptionValues.Positive("--batch", settings.Batch) ?? DefaultBatch;
        var queries = OptionValues.Positive("--queries", settings.Queries) ?? 20;
        var dimensions = OptionValues.NonNegative("--vectors", settings.Vectors) ?? 0;
        var stored = new Dictionary<(string Kind, string Technique), long>();
        await using var store = await CorpusStores.OpenAsync(settings.Database, migrate: true, cancellationToken);
        var first = (int)(await store.CountsAsync(cancellationToken)).Articles;

        var watch = Stopwatch.StartNew();
        var fillCpu = Environment.CpuUsage.TotalTime;
        ProgressReporter.Run(console, "synthetic articles", articles, tick =>
        {
            for (var start = 0; start < articles; start += batchSize)
            {
                var batch = Enumerable.Range(first + start, Math.Min(batchSize, articles - start)).Select(i => SyntheticCorpus.Entry(i, seed, dimensions)).ToList();
                foreach (var e in batch.SelectMany(x => x.Analysis!.Embeddings))
                {
                    stored[(e.Kind, e.Technique)] = stored.GetValueOrDefault((e.Kind, e.Technique)) + 1;
                }

                store.BulkSaveAsync(batch, cancellationToken).GetAwaiter().GetResult();
                foreach (var _ in batch)
                {
                    tick();
                }
            }
        });
        var fill = watch.Elapsed;
        fillCpu = Environment.CpuUsage.TotalTime - fillCpu;
        var counts = await store.CountsAsync(cancellationToken);
        var size = await store.SizeBytesAsync(cancellationToken);
        Line("store", $"{store.Dialect} {store.Location}");
        Line("articles", $"{counts.Articles} ({counts.Spans} spans, {counts.Analyses} analyses)");
        Line("write, no model", $"{articles / fill.TotalSeconds:0} articles/s ({articles} in {fill.TotalSeconds:0.0} s, {fillCpu.TotalSeconds:0.0} s CPU in this process, batches of {batchSize})");
        Line("size", $"{size / 1048576.0:0.0} MiB, {size / 1024.0 / counts.Articles * 1000 / 1024:0.00} MiB per 1,000 articles");

        foreach (var (name, searches) in new[] { ("search, topic words", RealisticSearches), ("search, common words (worst)", CommonSearches) })
        {
            var searchTimes = new List<double>();
            var cpu = new List<double>();
            var hits = 0;
            for (var q = 0; q < queries; q++)
            {
                var started = Stopwatch.GetTimestamp();
                var startedCpu = Environment.CpuUsage.TotalTime;
                var filter = q % 2 == 0 ? CorpusFilter.None : new CorpusFilter { Technique = "Loaded_Language" };
                hits += (await store.SearchAsync(searches[q % searches.Length], filter, 20, cancellationToken)).Count;
                searchTimes.Add(Stopwatch.GetElapsedTime(started).TotalMilliseconds);
                cpu.Add((Environment.CpuUsage.TotalTime - startedCpu).TotalMilliseconds);
            }

            Line(name, $"p50 {Percentile(searchTimes, 0.5):0.0} ms, p95 {Percentile(searchTimes, 0.95):0.0} ms over {queries} queries (top 20, half with --technique), {hits / (double)queries:0.0} hits each; CPU in this process p50 {Percentile(cpu, 0.5):0} ms");
        }

        foreach (var by in Enum.GetValues<StatsDimension>())
        {
            var times = new List<double>();
            var cpu = new List<double>();
            for (var q = 0; q < Math.Max(1, queries / 5); q++)
            {
                var started = Stopwatch.GetTimestamp();
                var startedCpu = Environment.CpuUsage.TotalTime;
                await store.StatsAsync(by, CorpusFilter.None, cancellationToken);
                times.Add(Stopwatch.GetElapsedTime(started).TotalMilliseconds);
                cpu.Add((Environment.CpuUsage.TotalTime - startedCpu).TotalMilliseconds);
            }

            Line($"stats --by {by.ToString().ToLowerInvariant()}", $"p50 {Percentile(times, 0.5):0} ms (CPU in this process p50 {Percentile(cpu, 0.5):0} ms)");
        }

        foreach (var (name, by, filter) in FilteredStats)
        {
            var times = new List<double>();
            var cpu = new List<double>();
            for (var q = 0; q < Math.Max(1, queries / 5); q++)
            {
                var started = Stopwatch.GetTimestamp();
                var startedCpu = Environment.CpuUsage.TotalTime;
                await store.StatsAsync(by, filter, cancellationToken);
                times.Add(Stopwatch.GetElapsedTime(started).TotalMilliseconds);
                cpu.Add((Environment.CpuUsage.TotalTime - startedCpu).TotalMilliseconds);
            }

            Line($"stats {name}", $"p50 {Percentile(times, 0.5):0} ms (CPU in this process p50 {Percentile(cpu, 0.5):0} ms)");
        }

        var compare = Stopwatch.StartNew();
        var a = await store.ArticleTechniquesAsync(new CorpusFilter { Source = SyntheticCorpus.Sources[0] }, cancellationToken);
        var b = await store.ArticleTechniquesAsync(new CorpusFilter { Source = SyntheticCorpus.Sources[1] }, cancellationToken);
        var read = compare.Elapsed;
        SourceComparison.Compare(a, b, 1000, 1);
        Line("compare (2 sources)", $"{compare.Elapsed.TotalMilliseconds:0} ms ({read.TotalMilliseconds:0} ms reading {a.Count + b.Count} articles, the rest 1000 bootstrap resamples)");

        if (dimensions > 0)
        {
            await SimilarAsync(store, stored, dimensions, queries, seed, cancellationToken);
        }

        if (settings.WithModel is > 0 and var n)
        {
            await WithModelAsync(store, settings.Models, n, seed, cancellationToken);
        }

        console.Out.Flush();
        return ExitCodes.Ok;
    }

    private async Task WithModelAsync(ICorpusStore store, string? models, int n, int seed, CancellationToken cancellationToken)
    {
        // Fresh texts (another seed and index range), so nothing is a duplicate of the synthetic fill.
        IEnumerable<IngestItem> Items(int offset) => Enumerable.Range(offset, n)
            .Select(i => SyntheticCorpus.Entry(i, seed + 7919).Article)
            .Select(x => IngestItem.Of(x.Id, x with { Id = x.Id + "-m" }));
        var start = 10_000_000;

        using (var analyzer = AnalyzerFactory.CreateForBatch(models, threads: null, parallelArticles: null))
        {
            var ingest = await new Ingester(store, analyzer).RunAsync(Items(start), null, cancellationToken);
            Line("ingest with model", $"{ingest.Added / ingest.Elapsed.TotalSeconds:0.00} articles/s ({ingest.Added} in {ingest.Elapsed.TotalSeconds:0.0} s, parallel {analyzer.ParallelArticles})");
        }

        foreach (var workers in new[] { 1, 2 })
        {
            start += n;
            var enqueue = await new Ingester(store, null, new IngestOptions { EnqueueOnly = true }).RunAsync(Items(start), null, cancellationToken);
            Line($"ingest --enqueue-only", $"{enqueue.Queued / enqueue.Elapsed.TotalSeconds:0} articles/s ({enqueue.Queued} queued)");
            // As lantern worker runs them: one worker with its batch defaults, several sharing this machine dividing
            // its cores (lantern worker --threads N --parallel 1).
            var threads = workers == 1 ? (int?)null : Math.Max(1, Environment.ProcessorCount / workers);
            var analyzers = Enumerable.Range(0, workers)
                .Select(_ => AnalyzerFactory.CreateForBatch(models, threads, workers == 1 ? null : 1)).ToList();
            try
            {
                var watch = Stopwatch.StartNew();
                var results = await Task.WhenAll(analyzers.Select((x, i) => Task.Run(() =>
                    new QueueWorker(store, x, new WorkerOptions { Name = $"bench-{i}" }).RunAsync(null, cancellationToken), cancellationToken)));
                var done = results.Sum(r => r.Analysed);
                Line($"{workers} worker(s)", $"{done / watch.Elapsed.TotalSeconds:0.00} articles/s ({done} in {watch.Elapsed.TotalSeconds:0.0} s, {(workers == 1 ? $"1 encoder thread x {analyzers[0].ParallelArticles} articles at once" : $"--threads {threads} --parallel 1 each")})");
            }
            finally
            {
                analyzers.ForEach(x => x.Dispose());
            }
        }
    }

    /// <summary>The exact cosine scan of <see cref="ICorpusStore.SimilarPassagesAsync"/>: one technique's spans, and a whole explained article.</summary>
    private async Task SimilarAsync(ICorpusStore store, Dictionary<(string Kind, string Technique), long> stored, int dimensions, int queries, int seed, CancellationToken cancellationToken)
    {
        var spans = stored.Where(x => x.Key.Kind == Analysis.Embeddings.PassageKind.Span).ToList();
        var commonest = spans.MaxBy(x => x.Value);
        Line("vectors added", $"{stored.Values.Sum()} ({spans.Sum(x => x.Value)} spans, the rest paragraph labels; {dimensions} dimensions, int8)");
        var times = new List<double>();
        for (var q = 0; q < queries; q++)
        {
            var vector = SyntheticCorpus.Entry(20_000_000 + q, seed + 1, dimensions).Analysis!.Embeddings[0].Vector;
            var started = Stopwatch.GetTimestamp();
            await store.SimilarPassagesAsync([new PassageQuery(commonest.Key.Kind, commonest.Key.Technique, vector)], SimilarOptions.Default, cancellationToken);
            times.Add(Stopwatch.GetElapsedTime(started).TotalMilliseconds);
        }

        Line("similar, 1 span of the commonest", $"p50 {Percentile(times, 0.5):0.0} ms, p95 {Percentile(times, 0.95):0.0} ms ({commonest.Key.Technique}: {commonest.Value} stored spans scanned)");
        times.Clear();
        var findings = 0;
        for (var q = 0; q < Math.Max(1, queries / 2); q++)
        {
            var article = SyntheticCorpus.Entry(30_000_000 + q, seed + 1, dimensions).Analysis!.Embeddings;
            findings += article.Count;
            var started = Stopwatch.GetTimestamp();
            await store.SimilarPassagesAsync([.. article.Select(e => new PassageQuery(e.Kind, e.Technique, e.Vector))], SimilarOptions.Default, cancellationToken);
            times.Add(Stopwatch.GetElapsedTime(started).TotalMilliseconds);
        }

        Line("similar, a whole explained article", $"p50 {Percentile(times, 0.5):0.0} ms, p95 {Percentile(times, 0.95):0.0} ms ({findings / times.Count} findings each, one scan per kind and technique)");
    }

    private void Line(string what, string value) => console.Out.WriteLine($"{what,-52} {value}");

    private static double Percentile(List<double> values, double p)
    {
        var sorted = values.Order().ToList();
        return sorted[(int)Math.Min(sorted.Count - 1, Math.Round(p * (sorted.Count - 1)))];
    }
}
