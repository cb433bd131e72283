using System.Globalization;
using Lantern.Cli.Internal;
using Lantern.Store;
using Lantern.Store.Queue;
using Spectre.Console.Cli;

namespace Lantern.Cli.Commands;

/// <summary>
/// <c>lantern worker</c>: analyses the articles <c>ingest --enqueue-only</c> queued. Run as many as you like on one
/// PostgreSQL database (leases with <c>FOR UPDATE SKIP LOCKED</c>); on SQLite they take turns writing.
/// </summary>
public sealed class WorkerCommand(CliConsole console) : AsyncCommand<WorkerSettings>
{
    public override async Task<int> ExecuteAsync(CommandContext context, WorkerSettings settings, CancellationToken cancellationToken)
    {
        var options = new WorkerOptions
        {
            Name = string.IsNullOrWhiteSpace(settings.Name) ? WorkerOptions.Default.Name : settings.Name.Trim(),
            Batch = OptionValues.Positive("--batch", settings.Batch),
            Lease = TimeSpan.FromSeconds(OptionValues.Positive("--lease", settings.Lease) ?? (int)WorkerOptions.Default.Lease.TotalSeconds),
            ExitWhenEmpty = !settings.Wait,
        };
        // Checked before the database is opened (and, for a new SQLite file, made).
        var threads = OptionValues.Positive("--threads", settings.Threads);
        var parallel = OptionValues.Positive("--parallel", settings.Parallel);
        await using var store = await CorpusStores.OpenAsync(settings.Database, migrate: true, cancellationToken);
        using var analyzer = AnalyzerFactory.CreateForBatch(settings.Models, threads, parallel);
        console.Error.WriteLine($"worker {options.Name}: {store.Location}, model {analyzer.Model}");
        var summary = await new QueueWorker(store, analyzer, options).RunAsync(null, cancellationToken);
        console.Out.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"worker {options.Name}: {summary.Analysed} analysed, {summary.AlreadyDone} already done by another worker, {summary.Rejected.Count} rejected in {summary.Elapsed.TotalSeconds:0.0} s{(summary.Retries > 0 ? $", {summary.Retries} database calls retried" : string.Empty)}"));
        foreach (var rejected in summary.Rejected)
        {
            console.Out.WriteLine($"rejected: {rejected}");
        }

        console.Out.Flush();
        return ExitCodes.Ok;
    }
}
