using System.Data.Common;
using System.Diagnostics;
using Lantern.Analysis;
using Lantern.Errors;

namespace Lantern.Store.Queue;

/// <summary>
/// Drains the store's work queue: lease a batch, analyse it in parallel, store each analysis and dequeue the article
/// in one transaction. Many workers may share one database. A worker that dies leaves its leases to expire, and the
/// articles are handed out again; an article is analysed at most once per model version (UNIQUE(article, model),
/// inserted with ON CONFLICT DO NOTHING), so a slow worker finishing late adds nothing. A database that goes away for
/// a while (a restart, a failover, a network blip) is waited for, up to <see cref="WorkerOptions.Outage"/>: the
/// worker retries the call it was making, and a commit whose answer was lost is harmless to repeat for that reason.
/// </summary>
public sealed class QueueWorker(ICorpusStore store, ArticleAnalyzer analyzer, WorkerOptions? options = null)
{
    private static readonly TimeSpan FirstRetry = TimeSpan.FromMilliseconds(250);
    private static readonly TimeSpan LongestRetry = TimeSpan.FromSeconds(5);

    private readonly WorkerOptions options = options ?? WorkerOptions.Default;

    public async Task<WorkerSummary> RunAsync(Action<int>? analysed = null, CancellationToken cancellationToken = default)
    {
        var watch = Stopwatch.StartNew();
        int done = 0, already = 0, retries = 0;
        var rejected = new List<string>();
        var batch = Math.Max(1, options.Batch ?? analyzer.ParallelArticles);
        while (!cancellationToken.IsCancellationRequested)
        {
            var claimed = await RetryAsync(() => store.ClaimAsync(options.Name, batch, options.Lease, cancellationToken), cancellationToken);
            if (claimed.Count == 0)
            {
                if (options.ExitWhenEmpty && (await RetryAsync(() => store.CountsAsync(cancellationToken), cancellationToken)).Queued == 0)
                {
                    break;
                }

                await Task.Delay(options.Poll, cancellationToken);
                continue;
            }

            var results = new ArticleAnalysis?[claimed.Count];
            var errors = new string?[claimed.Count];
            analyzer.ForEach(claimed.Count, i =>
            {
                try
                {
                    results[i] = analyzer.Analyze(claimed[i].Article, cancellationToken);
                }
                catch (InputRejectedException e)
                {
                    errors[i] = e.Message;
                }
            }, cancellationToken);

            for (var i = 0; i < claimed.Count; i++)
            {
                var id = claimed[i].ArticleId;
                if (results[i] is { } analysis)
                {
                    if (await RetryAsync(() => store.CompleteAsync(id, analysis, cancellationToken), cancellationToken))
                    {
                        done++;
                    }
                    else
                    {
                        already++;
                    }

                    analysed?.Invoke(done);
                }
                else
                {
                    rejected.Add(errors[i]!);
                    await RetryAsync(async () =>
                    {
                        await store.RemoveFromQueueAsync(id, cancellationToken);
                        return true;
                    }, cancellationToken);
                }
            }
        }

        return new WorkerSummary(done, already, rejected, watch.Elapsed) { Retries = retries };

        Task<T> RetryAsync<T>(Func<Task<T>> call, CancellationToken token) => Retry(call, () => retries++, token);
    }

    /// <summary>
    /// True for failures that say "the database is not there right now" rather than "this is wrong": connection
    /// failures and the server's own shutdown, start-up and connection-class errors (SQLSTATE 08xxx, 57Pxx, 53xxx),
    /// also when the store wrapped them into its one-line "cannot open the corpus database" error.
    /// </summary>
    internal static bool IsTransient(Exception e)
    {
        for (var cause = e; cause is not null; cause = cause.InnerException)
        {
            if (cause is DbException db && (db.IsTransient || db.SqlState is { } state && (state.StartsWith("08", StringComparison.Ordinal)
                || state.StartsWith("57P", StringComparison.Ordinal) || state.StartsWith("53", StringComparison.Ordinal))))
            {
                return true;
            }

            if (cause is System.Net.Sockets.SocketException or IOException or TimeoutException)
            {
                return true;
            }
        }

        return false;
    }

    private async Task<T> Retry<T>(Func<Task<T>> call, Action retrying, CancellationToken cancellationToken)
    {
        var delay = FirstRetry;
        Stopwatch? outage = null;
        while (true)
        {
            try
            {
                return await call();
            }
            catch (Exception e) when (IsTransient(e) && !cancellationToken.IsCancellationRequested)
            {
                outage ??= Stopwatch.StartNew();
                if (outage.Elapsed >= options.Outage)
                {
                    throw;
                }

                retrying();
                await Task.Delay(delay, cancellationToken);
                delay = TimeSpan.FromTicks(Math.Min(delay.Ticks * 2, LongestRetry.Ticks));
            }
        }
    }
}
