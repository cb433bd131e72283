using System.Diagnostics;
using Lantern.Analysis;
using Lantern.Articles;
using Lantern.Documents;

namespace Lantern.Cli.Internal;

/// <summary>
/// Measures the full pipeline over a set of articles, then the bare encoder over the very same
/// paragraphs, in the same process, so the ratio shows what segmenting, the heads and aggregation add
/// to the encoder's cost. The first <see cref="WarmUpArticles"/> articles are analysed once beforehand, not counted.
/// </summary>
internal static class BenchRunner
{
    public const int WarmUpArticles = 5;

    /// <param name="loadPeakRss">Peak RSS (MB) measured right after the models were loaded, before any article.</param>
    public static BenchReport Run(ArticleAnalyzer analyzer, int threads, IReadOnlyList<Article> articles, double loadPeakRss, Action step, CancellationToken cancellationToken)
    {
        // Warm-up, not counted: without it the first articles run on tier-0 JIT code (measured: the heads
        // took twice as long and the pipeline/encoder ratio read 0.77 instead of 0.96).
        foreach (var article in articles.Take(WarmUpArticles))
        {
            _ = analyzer.Analyze(article, cancellationToken);
        }

        var milliseconds = new double[articles.Count];
        var tokens = new int[articles.Count];
        var paragraphs = new int[articles.Count];
        var stages = new AnalysisTiming[articles.Count];
        var cpu = CpuTime();
        var wall = Stopwatch.StartNew();
        // As batch work runs (semeval predict): AnalyzeEach overlaps the encoder's pass over one
        // article with the heads of the previous one. Latency per article is its own work (Timing.TotalMs).
        analyzer.AnalyzeEach(articles.Count, i => articles[i], (i, analysis) =>
        {
            milliseconds[i] = analysis.Timing.TotalMs;
            tokens[i] = analysis.Timing.Tokens;
            paragraphs[i] = analysis.Paragraphs.Count;
            stages[i] = analysis.Timing;
            step();
        }, cancellationToken);
        var pipelineSeconds = wall.Elapsed.TotalSeconds;
        var pipelineCpu = CpuTime() - cpu;

        // The raw pass: segmentation is done beforehand, only Encode is timed.
        var documents = articles.Select(a => analyzer.Segment(a, cancellationToken)).ToArray();
        var encoderTokens = new long[articles.Count];
        cpu = CpuTime();
        wall.Restart();
        analyzer.ForEach(documents.Length, i =>
        {
            ArticleDocument d = documents[i];
            var states = analyzer.Encoder.Encode(d.Text, [.. d.Paragraphs.Select(p => p.Span)], cancellationToken);
            encoderTokens[i] = states.Sum(s => (long)s.Tokens.Count);
        }, cancellationToken);
        var encoderSeconds = wall.Elapsed.TotalSeconds;
        var encoderCpu = CpuTime() - cpu;

        var totalTokens = tokens.Sum(t => (long)t);
        var pipelineTokensPerSecond = totalTokens / pipelineSeconds;
        var encoderTokensPerSecond = encoderTokens.Sum() / encoderSeconds;
        Array.Sort(milliseconds);
        return new BenchReport(
            articles.Count,
            paragraphs.Sum(),
            totalTokens,
            threads,
            analyzer.ParallelArticles,
            Environment.ProcessorCount,
            analyzer.LoadTime.TotalSeconds,
            pipelineSeconds,
            pipelineCpu,
            articles.Count / pipelineSeconds,
            pipelineTokensPerSecond,
            (double)totalTokens / articles.Count,
            Percentile(milliseconds, 0.50),
            Percentile(milliseconds, 0.95),
            stages.Average(t => t.SegmentMs),
            stages.Average(t => t.EncodeMs),
            stages.Average(t => t.HeadsMs),
            encoderSeconds,
            encoderCpu,
            encoderTokensPerSecond,
            pipelineTokensPerSecond / encoderTokensPerSecond,
            PeakRssMegabytes(),
            loadPeakRss,
            analyzer.Model);
    }

    // CPU seconds of the whole process: on a machine shared with other work, CPU time per article is
    // the figure that does not depend on how much of the cores this process was given.
    private static double CpuTime()
    {
        using var process = Process.GetCurrentProcess();
        return process.TotalProcessorTime.TotalSeconds;
    }

    /// <summary>Nearest-rank percentile of sorted values.</summary>
    internal static double Percentile(double[] sorted, double p)
    {
        if (sorted.Length == 0)
        {
            return 0;
        }

        var rank = (int)Math.Ceiling(p * sorted.Length);
        return sorted[Math.Clamp(rank - 1, 0, sorted.Length - 1)];
    }

    /// <summary>Peak resident set: VmHWM from /proc/self/status on Linux, the peak working set elsewhere.</summary>
    internal static double PeakRssMegabytes()
    {
        const string status = "/proc/self/status";
        if (File.Exists(status))
        {
            foreach (var line in File.ReadLines(status))
            {
                if (line.StartsWith("VmHWM:", StringComparison.Ordinal))
                {
                    var kb = long.Parse(line["VmHWM:".Length..].Replace("kB", string.Empty, StringComparison.Ordinal).Trim(), System.Globalization.CultureInfo.InvariantCulture);
                    return kb / 1024.0;
                }
            }
        }

        using var process = Process.GetCurrentProcess();
        return process.PeakWorkingSet64 / (1024.0 * 1024.0);
    }
}
