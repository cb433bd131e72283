using System.Diagnostics;
using Lantern.Analysis.Explanations;
using Lantern.Analysis.Embeddings.Internal;
using Lantern.Analysis.Explanations.Internal;
using Lantern.Analysis.Internal;
using Lantern.Articles;
using Lantern.Errors;
using Lantern.Models;
using Lantern.Reading;

namespace Lantern.Analysis;

/// <summary>
/// The frozen analysis pipeline built by <see cref="AnalyzerBuilder"/>: read → segment → encode
/// (every paragraph once, batched, shared by all heads) → heads → aggregate. Sealed, thread-safe and
/// meant to be reused for every article; dispose it to release the encoder it loaded.
/// </summary>
public sealed class ArticleAnalyzer : IDisposable
{
    private readonly AnalyzerStages stages;
    private readonly bool ownsEncoder;

    internal ArticleAnalyzer(AnalyzerStages stages, bool ownsEncoder, TimeSpan loadTime)
    {
        this.stages = stages;
        this.ownsEncoder = ownsEncoder;
        LoadTime = loadTime;
        Model = $"{stages.Encoder.Name}/{stages.Heads.Version}";
    }

    /// <summary>The encoder and heads versions, as reported in every result.</summary>
    public string Model { get; }

    /// <summary>
    /// This analyzer deciding with the thresholds of <paramref name="preset"/> (see <see cref="ConfidencePreset"/>):
    /// shares the loaded encoder, so it is cheap, and stays valid only while this analyzer is not disposed.
    /// Heads without presets (older than format 5) accept only <see cref="ConfidencePreset.Balanced"/>.
    /// </summary>
    public ArticleAnalyzer WithPreset(ConfidencePreset preset) =>
        new(stages with { Heads = stages.Heads.WithPreset(preset) }, ownsEncoder: false, LoadTime);

    /// <summary>How long <see cref="AnalyzerBuilder.Build"/> took to load the models.</summary>
    public TimeSpan LoadTime { get; }

    /// <summary>Articles analysed at once by <see cref="AnalyzeMany"/> and <see cref="ForEach"/>.</summary>
    public int ParallelArticles => stages.ParallelArticles;

    /// <summary>Runs <paramref name="body"/> for 0..count-1, <see cref="ParallelArticles"/> at a time; the first failure is rethrown as itself.</summary>
    public void ForEach(int count, Action<int> body, CancellationToken cancellationToken = default) =>
        ParallelRunner.For(count, stages.ParallelArticles, body, cancellationToken);

    /// <summary>The encoder, for callers that measure it on its own (bench).</summary>
    public ITextEncoder Encoder => stages.Encoder;

    /// <summary>Reads a file with the reader stage (format from <paramref name="options"/> or the file name).</summary>
    public Article Read(string path, ReadOptions? options = null) => stages.Reader(path, options ?? ReadOptions.Default);

    /// <summary>Runs the segmenter stage alone (bench measures the encoder on the same paragraphs).</summary>
    public Documents.ArticleDocument Segment(Article article, CancellationToken cancellationToken = default) =>
        stages.Segmenter(article, cancellationToken);

    public ArticleAnalysis AnalyzeFile(string path, ReadOptions? options = null, CancellationToken cancellationToken = default) =>
        Analyze(Read(path, options), cancellationToken);

    /// <summary>
    /// Analyses one article. An article whose text is empty or only whitespace is rejected with
    /// <see cref="InputRejectedException"/> (as the readers do); one that segments into no paragraph
    /// gives an empty analysis with an <c>empty-article</c> warning.
    /// </summary>
    public ArticleAnalysis Analyze(Article article, CancellationToken cancellationToken = default) => Run(article, cancellationToken).Analysis;

    /// <summary>
    /// Analyses one article and explains every span and every paragraph label by occlusion
    /// (<see cref="ArticleAnalysis.Explanations"/>, <see cref="ArticleAnalysis.ParagraphExplanations"/>): the words of
    /// each span and its close context, and up to 40 words of each labelled paragraph, are deleted one at a time and the
    /// paragraph is re-encoded and re-scored with the same encoder and heads. Costs one encoder pass per word tried.
    /// </summary>
    public ArticleAnalysis Explain(Article article, CancellationToken cancellationToken = default) =>
        Explain(article, ExplanationScope.All, cancellationToken);

    /// <summary>Analyses one article and explains the findings in <paramref name="scope"/> (e.g. one span, for a page that explains on demand).</summary>
    public ArticleAnalysis Explain(Article article, ExplanationScope scope, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(scope);
        var run = Run(article, cancellationToken);
        if (run.Document is null || run.States is null)
        {
            return run.Analysis;
        }

        var occluder = new Occluder(stages.Encoder, stages.Heads, run.Document, run.States);
        var (spans, paragraphs) = FindingExplainer.Explain(occluder, run.Document, run.Analysis, scope, cancellationToken);
        return run.Analysis with { Explanations = spans, ParagraphExplanations = paragraphs };
    }

    /// <summary>
    /// The deletion test of the explanations (<see cref="ExplanationCheck"/>) on up to <paramref name="spansPerArticle"/>
    /// spans of each article (the first ones with at least two words), random words drawn with <paramref name="seed"/>.
    /// </summary>
    public ExplanationCheck CheckExplanations(IReadOnlyList<Article> articles, int spansPerArticle, int seed, Action<int>? progress = null, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(articles);
        var started = Stopwatch.GetTimestamp();
        var random = new Random(seed);
        double cueDrops = 0, randomDrops = 0, baselines = 0;
        int spans = 0, wins = 0;
        for (var a = 0; a < articles.Count; a++)
        {
            var run = Run(articles[a], cancellationToken);
            if (run.Document is { } document && run.States is { } states)
            {
                var occluder = new Occluder(stages.Encoder, stages.Heads, document, states);
                foreach (var (cue, rand, baseline) in DeletionTest.Run(occluder, document, run.Analysis, spansPerArticle, random, cancellationToken))
                {
                    cueDrops += cue;
                    randomDrops += rand;
                    baselines += baseline;
                    wins += cue > rand ? 1 : 0;
                    spans++;
                }
            }

            progress?.Invoke(a + 1);
        }

        return new ExplanationCheck(
            articles.Count,
            spans,
            spans == 0 ? 0 : cueDrops / spans,
            spans == 0 ? 0 : randomDrops / spans,
            spans == 0 ? 0 : (double)wins / spans,
            spans == 0 ? 0 : baselines / spans,
            Stopwatch.GetElapsedTime(started).TotalSeconds);
    }

    private (ArticleAnalysis Analysis, Documents.ArticleDocument? Document, IReadOnlyList<TokenStates>? States) Run(Article article, CancellationToken cancellationToken) =>
        Finish(Encode(article, cancellationToken), cancellationToken);

    /// <summary>The first half of an analysis: segment and encode (the encoder's threads do most of the work).</summary>
    private Encoded Encode(Article article, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(article);
        if (string.IsNullOrWhiteSpace(article.Text))
        {
            throw LanternErrors.EmptyInput(article.Id);
        }

        cancellationToken.ThrowIfCancellationRequested();
        var started = Stopwatch.GetTimestamp();
        var document = stages.Segmenter(article, cancellationToken);
        var segmented = Stopwatch.GetTimestamp();
        if (document.Paragraphs.Count == 0)
        {
            return new Encoded(document, null, started, segmented, segmented);
        }

        cancellationToken.ThrowIfCancellationRequested();
        var states = stages.Encoder.Encode(article.Text, [.. document.Paragraphs.Select(p => p.Span)], cancellationToken);
        if (states.Count != document.Paragraphs.Count)
        {
            throw LanternErrors.Internal($"the encoder returned {states.Count} results for {document.Paragraphs.Count} paragraphs");
        }

        var encoded = Stopwatch.GetTimestamp();
        return new Encoded(document, states, started, segmented, encoded);
    }

    /// <summary>The second half: heads, aggregation and passage vectors (one thread).</summary>
    private (ArticleAnalysis Analysis, Documents.ArticleDocument? Document, IReadOnlyList<TokenStates>? States) Finish(Encoded encoded, CancellationToken cancellationToken)
    {
        var (document, states) = (encoded.Document, encoded.States);
        // The stage times are the article's own work, not the time it waited between the halves in a pipeline.
        var resumed = Stopwatch.GetTimestamp();
        if (states is null)
        {
            return (Aggregator.Empty(document, Model, Timing(encoded, resumed, resumed, 0)), null, null);
        }

        cancellationToken.ThrowIfCancellationRequested();
        var predictions = stages.Heads.Predict(document, states, cancellationToken);
        var predicted = Stopwatch.GetTimestamp();
        var tokens = states.Sum(s => s.Tokens.Count);
        // The heads that answered (a model folder may route languages to different heads) name the result.
        var model = $"{stages.Encoder.Name}/{predictions.ModelVersion}";
        var analysis = Aggregator.Aggregate(document, states, predictions, model, Timing(encoded, resumed, predicted, tokens));
        return (analysis with { Embeddings = PassageEmbedder.Embed(analysis, states) }, document, states);
    }

    /// <summary>
    /// Analyses <paramref name="count"/> articles in order and hands each result to <paramref name="done"/> (on the calling
    /// thread, in input order), overlapping the halves of consecutive articles: while the encoder's threads work on
    /// article i + 1, the heads and aggregation of article i run on the calling thread. With <see cref="ParallelArticles"/>
    /// above 1 the articles are analysed that many at a time instead (and <paramref name="done"/> may run on any thread).
    /// The first failure (of <paramref name="article"/>, the analysis or <paramref name="done"/>) stops the rest and is
    /// rethrown as itself.
    /// </summary>
    public void AnalyzeEach(int count, Func<int, Article> article, Action<int, ArticleAnalysis> done, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(article);
        ArgumentNullException.ThrowIfNull(done);
        if (stages.ParallelArticles > 1 || count < 2)
        {
            ForEach(count, i => done(i, Analyze(article(i), cancellationToken)), cancellationToken);
            return;
        }

        using var stop = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        // Capacity 1: the encoder runs at most one article ahead, so memory stays that of two analyses.
        using var ready = new System.Collections.Concurrent.BlockingCollection<Encoded>(boundedCapacity: 1);
        var producer = Task.Run(
            () =>
            {
                try
                {
                    for (var i = 0; i < count; i++)
                    {
                        ready.Add(Encode(article(i), stop.Token), stop.Token);
                    }
                }
                finally
                {
                    ready.CompleteAdding();
                }
            },
            stop.Token);
        var index = 0;
        try
        {
            foreach (var encoded in ready.GetConsumingEnumerable(stop.Token))
            {
                done(index, Finish(encoded, stop.Token).Analysis);
                index++;
            }
        }
        catch (Exception) when (!producer.IsCompleted)
        {
            stop.Cancel();
            try
            {
                producer.Wait(CancellationToken.None);
            }
            catch (AggregateException)
            {
                // The consumer's failure is the one reported; the producer only stopped because of it.
            }

            throw;
        }

        try
        {
            producer.Wait(CancellationToken.None);
        }
        catch (AggregateException e) when (e.InnerExceptions.Count > 0)
        {
            System.Runtime.ExceptionServices.ExceptionDispatchInfo.Capture(e.InnerExceptions[0]).Throw();
        }
    }

    /// <summary>Analyses many articles, <see cref="ParallelArticles"/> at a time; results are in input order.</summary>
    public IReadOnlyList<ArticleAnalysis> AnalyzeMany(IReadOnlyList<Article> articles, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(articles);
        var results = new ArticleAnalysis[articles.Count];
        ParallelRunner.For(articles.Count, stages.ParallelArticles, i => results[i] = Analyze(articles[i], cancellationToken), cancellationToken);
        return results;
    }

    public void Dispose()
    {
        if (ownsEncoder)
        {
            stages.Encoder.Dispose();
        }
    }

    private static AnalysisTiming Timing(Encoded encoded, long resumed, long predicted, int tokens)
    {
        var end = Stopwatch.GetTimestamp();
        var encoding = Stopwatch.GetElapsedTime(encoded.Segmented, encoded.EncodedAt).TotalMilliseconds;
        var heads = Stopwatch.GetElapsedTime(resumed, predicted).TotalMilliseconds;
        return new AnalysisTiming(
            Stopwatch.GetElapsedTime(encoded.Started, encoded.Segmented).TotalMilliseconds,
            encoding,
            heads,
            Stopwatch.GetElapsedTime(encoded.Started, encoded.EncodedAt).TotalMilliseconds + Stopwatch.GetElapsedTime(resumed, end).TotalMilliseconds,
            tokens);
    }

    /// <summary>An article between the two halves of its analysis, with the timestamps of the first.</summary>
    private sealed record Encoded(Documents.ArticleDocument Document, IReadOnlyList<TokenStates>? States, long Started, long Segmented, long EncodedAt);
}
