using Lantern.Analysis.Internal;
using Lantern.Articles;
using Lantern.Documents;
using Lantern.Errors;
using Lantern.Models;
using Lantern.Models.Encoding;
using Lantern.Reading;
using Lantern.Segmentation;

namespace Lantern.Analysis;

/// <summary>
/// Collects the stages of the analysis (read → segment → encode → heads → aggregate) and
/// <see cref="Build"/>s them into a frozen, thread-safe <see cref="ArticleAnalyzer"/>. Every stage
/// has a default: the shipped readers and segmenter, and the encoder and heads loaded from the
/// models folder (<see cref="ModelDirectory.Locate"/>).
/// </summary>
public sealed class AnalyzerBuilder
{
    private Func<string, ReadOptions, Article> reader = ArticleReaders.ReadFile;
    private Func<Article, CancellationToken, ArticleDocument> segmenter = DocumentSegmenter.Default.Segment;
    private ITextEncoder? encoder;
    private IArticleHeads? heads;
    private string? modelDirectory;
    private int threads = DefaultThreads;
    private bool spinning = true;
    private int parallelArticles = 1;
    private int batchSize = DefaultBatchSize;
    private EncoderPrecision? precision;

    /// <summary>
    /// Model windows per encoder call when the builder loads the encoder. 8, not the encoder's 16: on the
    /// bench (50 English articles, 2 threads) batches of 8 were as fast and lowered the peak RSS by ~80 MB
    /// (ONNX Runtime keeps the largest batch's activations in its arena).
    /// </summary>
    public const int DefaultBatchSize = 8;

    /// <summary>Default encoder threads: every core, but at most 4 (more gives little for one article's batch).</summary>
    public static int DefaultThreads => Math.Clamp(Environment.ProcessorCount, 1, 4);

    public AnalyzerBuilder UseReader(Func<string, ReadOptions, Article> read)
    {
        ArgumentNullException.ThrowIfNull(read);
        reader = read;
        return this;
    }

    public AnalyzerBuilder UseSegmenter(Func<Article, CancellationToken, ArticleDocument> segment)
    {
        ArgumentNullException.ThrowIfNull(segment);
        segmenter = segment;
        return this;
    }

    public AnalyzerBuilder UseSegmenter(DocumentSegmenter segment)
    {
        ArgumentNullException.ThrowIfNull(segment);
        segmenter = segment.Segment;
        return this;
    }

    /// <summary>Uses an encoder the caller owns (the analyzer does not dispose it).</summary>
    public AnalyzerBuilder UseEncoder(ITextEncoder textEncoder)
    {
        ArgumentNullException.ThrowIfNull(textEncoder);
        encoder = textEncoder;
        return this;
    }

    public AnalyzerBuilder UseHeads(IArticleHeads articleHeads)
    {
        ArgumentNullException.ThrowIfNull(articleHeads);
        heads = articleHeads;
        return this;
    }

    /// <summary>Loads the encoder and heads that are not given explicitly from this folder instead of the located one.</summary>
    public AnalyzerBuilder UseModelDirectory(string path)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(path);
        modelDirectory = path;
        return this;
    }

    /// <summary>
    /// Threads of the encoder the builder loads (default <see cref="DefaultThreads"/>). The encoder batches
    /// all paragraphs of an article into few model calls, so these threads are what uses the cores.
    /// </summary>
    public AnalyzerBuilder WithThreads(int count)
    {
        if (count < 1)
        {
            throw LanternErrors.Usage($"--threads: must be at least 1, not {count}");
        }

        threads = count;
        return this;
    }

    /// <summary>
    /// Runs the loaded encoder at this precision instead of the one the heads were trained on (their
    /// <see cref="IArticleHeads.Encoder"/>): for speed comparisons; the heads' scores then shift a little.
    /// </summary>
    public AnalyzerBuilder WithPrecision(EncoderPrecision value)
    {
        precision = value;
        return this;
    }

    /// <summary>
    /// Whether the loaded encoder's idle threads spin (default true). Turn it off where several analyses run at
    /// once on the same cores (a server), so threads waiting for work give the cores to the other analyses.
    /// </summary>
    public AnalyzerBuilder WithSpinning(bool value)
    {
        spinning = value;
        return this;
    }

    /// <summary>Model windows per encoder call (default <see cref="DefaultBatchSize"/>); only for the encoder the builder loads.</summary>
    public AnalyzerBuilder WithBatchSize(int windows)
    {
        if (windows < 1)
        {
            throw LanternErrors.Usage($"batch size: must be at least 1, not {windows}");
        }

        batchSize = windows;
        return this;
    }

    /// <summary>
    /// Articles analysed at once by <see cref="ArticleAnalyzer.AnalyzeMany"/> and <see cref="ArticleAnalyzer.ForEach"/>
    /// (default 1: with a multi-threaded encoder more only oversubscribes the cores).
    /// </summary>
    public AnalyzerBuilder WithParallelArticles(int count)
    {
        if (count < 1)
        {
            throw LanternErrors.Usage($"parallel articles: must be at least 1, not {count}");
        }

        parallelArticles = count;
        return this;
    }

    /// <summary>Loads what is missing and freezes the pipeline. Throws <see cref="ModelException"/> naming the missing or corrupt model file.</summary>
    public ArticleAnalyzer Build()
    {
        var started = System.Diagnostics.Stopwatch.GetTimestamp();
        var ownsEncoder = false;
        var textEncoder = encoder;
        var articleHeads = heads;
        try
        {
            if (textEncoder is null || articleHeads is null)
            {
                // Heads first: they name the encoder (precision and depth) their states came from.
                articleHeads ??= ModelLoader.LoadHeads(modelDirectory ?? ModelDirectory.Locate());
                if (textEncoder is null)
                {
                    textEncoder = ModelLoader.LoadEncoder(precision ?? ModelLoader.PrecisionFor(articleHeads), ModelLoader.LayersFor(articleHeads), threads, batchSize, spinning);
                    ownsEncoder = true;
                }
            }
        }
        catch
        {
            if (ownsEncoder)
            {
                textEncoder?.Dispose();
            }

            throw;
        }

        var loadTime = System.Diagnostics.Stopwatch.GetElapsedTime(started);
        return new ArticleAnalyzer(new AnalyzerStages(reader, segmenter, textEncoder, articleHeads, parallelArticles), ownsEncoder, loadTime);
    }
}
