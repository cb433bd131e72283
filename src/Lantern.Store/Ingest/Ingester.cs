using System.Diagnostics;
using System.Threading.Channels;
using Lantern.Analysis;
using Lantern.Errors;

namespace Lantern.Store.Ingest;

/// <summary>
/// Stores articles with their analyses: read → skip duplicates (content hash, in the store or earlier in the run) →
/// analyse in parallel → commit in batches, each article with its analysis in one transaction. The stages are
/// joined by bounded channels, so memory stays bounded whatever the input size. Running it again on the same
/// input adds nothing; after a crash a rerun stores exactly what the crash lost.
/// </summary>
public sealed class Ingester
{
    private readonly ICorpusStore store;
    private readonly ArticleAnalyzer? analyzer;
    private readonly IngestOptions options;

    /// <param name="analyzer">The analyzer; null only with <see cref="IngestOptions.EnqueueOnly"/>.</param>
    public Ingester(ICorpusStore store, ArticleAnalyzer? analyzer, IngestOptions? options = null)
    {
        this.store = store;
        this.analyzer = analyzer;
        this.options = options ?? IngestOptions.Default;
        if (analyzer is null && !this.options.EnqueueOnly)
        {
            throw LanternErrors.Internal("an ingest that analyses needs an analyzer");
        }
    }

    public Task<IngestSummary> RunAsync(IEnumerable<IngestItem> items, Action<IngestProgress>? progress = null, CancellationToken cancellationToken = default) =>
        RunAsync(ToAsync(items, cancellationToken), progress, cancellationToken);

    public async Task<IngestSummary> RunAsync(IAsyncEnumerable<IngestItem> items, Action<IngestProgress>? progress = null, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(items);
        var watch = Stopwatch.StartNew();
        var tally = new Tally(progress);
        var parallelism = Math.Max(1, options.Parallelism ?? analyzer?.ParallelArticles ?? 1);
        var toAnalyse = Channel.CreateBounded<CorpusEntry>(new BoundedChannelOptions(parallelism * 2) { SingleWriter = true });
        var toStore = Channel.CreateBounded<CorpusEntry>(new BoundedChannelOptions(options.BatchSize * 2) { SingleReader = true });
        using var failed = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        var token = failed.Token;

        var read = Task.Run(() => ReadAsync(items, toAnalyse.Writer, tally, token), token);
        var analyse = Enumerable.Range(0, options.EnqueueOnly ? 1 : parallelism)
            .Select(_ => Task.Run(() => AnalyseAsync(toAnalyse.Reader, toStore.Writer, tally, token), token))
            .ToList();
        var analysed = Task.WhenAll(analyse).ContinueWith(t => toStore.Writer.TryComplete(t.Exception?.InnerException), TaskScheduler.Default);
        var write = Task.Run(() => WriteAsync(toStore.Reader, tally, token), token);
        try
        {
            await Task.WhenAll(read, analysed, write);
            await Task.WhenAll(analyse);
        }
        catch
        {
            // One stage failed: stop the others, then report the first cause.
            await failed.CancelAsync();
            var all = new[] { read, write }.Concat(analyse);
            await Task.WhenAll(all.Select(t => t.ContinueWith(_ => { }, TaskScheduler.Default)));
            var cause = all.Where(t => t.IsFaulted).Select(t => t.Exception!.InnerException!).FirstOrDefault(e => e is not OperationCanceledException);
            if (cause is not null)
            {
                System.Runtime.ExceptionServices.ExceptionDispatchInfo.Throw(cause);
            }

            throw;
        }

        return tally.Summary(watch.Elapsed);
    }

    private async Task ReadAsync(IAsyncEnumerable<IngestItem> items, ChannelWriter<CorpusEntry> output, Tally tally, CancellationToken cancellationToken)
    {
        try
        {
            var seen = new HashSet<string>(StringComparer.Ordinal);
            await foreach (var item in items.WithCancellation(cancellationToken))
            {
                if (item.Article is not { } article)
                {
                    tally.Reject(item);
                    continue;
                }

                if (string.IsNullOrWhiteSpace(article.Text))
                {
                    tally.Reject(item with { Rejection = LanternErrors.EmptyInput(item.Name).Message });
                    continue;
                }

                var entry = new CorpusEntry(article, options.Source ?? article.Source, null);
                if (!seen.Add(entry.Hash) || (await store.ExistingHashesAsync([entry.Hash], cancellationToken)).Count > 0)
                {
                    tally.Duplicate();
                    continue;
                }

                await output.WriteAsync(entry, cancellationToken);
            }

            output.TryComplete();
        }
        catch (Exception e)
        {
            output.TryComplete(e);
            throw;
        }
    }

    private async Task AnalyseAsync(ChannelReader<CorpusEntry> input, ChannelWriter<CorpusEntry> output, Tally tally, CancellationToken cancellationToken)
    {
        await foreach (var entry in input.ReadAllAsync(cancellationToken))
        {
            if (options.EnqueueOnly)
            {
                await output.WriteAsync(entry, cancellationToken);
                continue;
            }

            ArticleAnalysis analysis;
            try
            {
                analysis = analyzer!.Analyze(entry.Article, cancellationToken);
            }
            catch (InputRejectedException e)
            {
                tally.Reject(IngestItem.Rejected(entry.Article.Id, e.Message));
                continue;
            }

            await output.WriteAsync(entry with { Analysis = analysis }, cancellationToken);
        }
    }

    private async Task WriteAsync(ChannelReader<CorpusEntry> input, Tally tally, CancellationToken cancellationToken)
    {
        var batch = new List<CorpusEntry>(options.BatchSize);
        while (await input.WaitToReadAsync(cancellationToken))
        {
            // Take what is ready, up to a batch: a slow analysis never holds finished ones back.
            while (batch.Count < options.BatchSize && input.TryRead(out var entry))
            {
                batch.Add(entry);
            }

            var result = await store.SaveAsync(batch, cancellationToken);
            tally.Saved(result);
            batch.Clear();
        }
    }

    private static async IAsyncEnumerable<IngestItem> ToAsync(IEnumerable<IngestItem> items, [System.Runtime.CompilerServices.EnumeratorCancellation] CancellationToken cancellationToken)
    {
        foreach (var item in items)
        {
            cancellationToken.ThrowIfCancellationRequested();
            yield return item;
        }

        await Task.CompletedTask;
    }

    /// <summary>The counts, shared by the stages.</summary>
    private sealed class Tally(Action<IngestProgress>? progress)
    {
        private readonly Lock gate = new();
        private readonly List<IngestItem> rejected = [];
        private int added;
        private int queued;
        private int duplicates;

        public void Reject(IngestItem item)
        {
            lock (gate)
            {
                rejected.Add(item);
                Report(1);
            }
        }

        public void Duplicate()
        {
            lock (gate)
            {
                duplicates++;
                Report(1);
            }
        }

        public void Saved(SaveResult result)
        {
            lock (gate)
            {
                added += result.Added;
                queued += result.Queued;
                duplicates += result.Duplicates;
                Report(result.Added + result.Duplicates);
            }
        }

        public IngestSummary Summary(TimeSpan elapsed)
        {
            lock (gate)
            {
                return new IngestSummary(added, queued, duplicates, [.. rejected], elapsed);
            }
        }

        private void Report(int settled)
        {
            if (progress is null)
            {
                return;
            }

            for (var i = 0; i < settled; i++)
            {
                progress(new IngestProgress(added + duplicates + rejected.Count, added, duplicates, rejected.Count));
            }
        }
    }
}
