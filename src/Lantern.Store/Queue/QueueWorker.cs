using System.Diagnostics;
using Lantern.Analysis;
using Lantern.Errors;

namespace Lantern.Store.Queue;

/// <summary>
/// Drains the store's work queue: lease a batch, analyse it in parallel, store each analysis and dequeue the article
/// in one transaction. Many workers may share one database. A worker that dies leaves its leases to expire, and the
/// articles are handed out again; an article is analysed at most once per model version (UNIQUE(article, model),
/// inserted with ON CONFLICT DO NOTHING), so a slow worker finishing late adds nothing.
/// </summary>
public sealed class QueueWorker(ICorpusStore store, ArticleAnalyzer analyzer, WorkerOptions? options = null)
{
    private readonly WorkerOptions options = options ?? WorkerOptions.Default;

    public async Task<WorkerSummary> RunAsync(Action<int>? analysed = null, CancellationToken cancellationToken = default)
    {
        var watch = Stopwatch.StartNew();
        int done = 0, already = 0;
        var rejected = new List<string>();
        var batch = Math.Max(1, options.Batch ?? analyzer.ParallelArticles);
        while (!cancellationToken.IsCancellationRequested)
        {
            var claimed = await store.ClaimAsync(options.Name, batch, options.Lease, cancellationToken);
            if (claimed.Count == 0)
            {
                if (options.ExitWhenEmpty && (await store.CountsAsync(cancellationToken)).Queued == 0)
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
                if (results[i] is { } analysis)
                {
                    if (await store.CompleteAsync(claimed[i].ArticleId, analysis, cancellationToken))
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
                    await store.RemoveFromQueueAsync(claimed[i].ArticleId, cancellationToken);
                }
            }
        }

        return new WorkerSummary(done, already, rejected, watch.Elapsed);
    }
}
