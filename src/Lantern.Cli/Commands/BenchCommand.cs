using System.ComponentModel;
using System.Globalization;
using System.Text.Json;
using Lantern.Analysis;
using Lantern.Cli.Internal;
using Lantern.Reading;
using Spectre.Console;
using Spectre.Console.Cli;

namespace Lantern.Cli.Commands;

/// <summary>
/// <c>lantern bench</c>: throughput and latency of the full analysis over a folder of SemEval articles,
/// the bare encoder over the same paragraphs in the same run, peak memory and model load time.
/// </summary>
public sealed class BenchCommand(CliConsole console) : Command<BenchSettings>
{
    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web) { WriteIndented = true };

    public override int Execute(CommandContext context, BenchSettings settings, CancellationToken cancellationToken)
    {
        var format = OptionValues.OneOf("--format", settings.Format, "table", "table", "json");
        var limit = OptionValues.Positive("--limit", settings.Limit) ?? 50;
        var (givenThreads, parallel) = AnalyzerFactory.BatchShape(OptionValues.Positive("--threads", settings.Threads), OptionValues.Positive("--parallel", settings.Parallel));
        var threads = givenThreads ?? AnalyzerBuilder.DefaultThreads;
        var precision = OptionValues.Precision(settings.Precision);
        var spinning = OptionValues.OnOff("--encoder-spinning", settings.EncoderSpinning) ?? false;
        var directory = settings.Articles ?? throw Errors.LanternErrors.Usage("--articles DIR is required");
        var tokens = OptionValues.Positive("--tokens", settings.Tokens);
        var files = SemEvalArticles.List(directory, tokens is null ? limit : null);

        using var analyzer = AnalyzerFactory.Create(settings.Models, threads, parallel, precision, spinning);
        var loadPeakRss = BenchRunner.PeakRssMegabytes();
        var articles = files.Select(f => analyzer.Read(f, ReadOptions.Default with { Format = "semeval" })).ToArray();
        if (tokens is { } target)
        {
            // The articles nearest the wanted length (ties by file order), then back in file order.
            articles = [.. articles
                .Select((a, i) => (Article: a, Index: i, Distance: Math.Abs(analyzer.Segment(a, cancellationToken).Paragraphs.Sum(p => analyzer.Encoder.CountTokens(a.Text, p.Span)) - target)))
                .OrderBy(x => x.Distance).ThenBy(x => x.Index).Take(limit).OrderBy(x => x.Index).Select(x => x.Article)];
        }

        BenchReport? report = null;
        ProgressReporter.Run(console, "bench", articles.Length, step => report = BenchRunner.Run(analyzer, threads, articles, loadPeakRss, step, cancellationToken));

        if (format == "json")
        {
            console.Out.Write(JsonSerializer.Serialize(report, Json));
            console.Out.Write('\n');
        }
        else
        {
            WriteTable(report!);
        }

        console.Out.Flush();
        return ExitCodes.Ok;
    }

    private void WriteTable(BenchReport r)
    {
        static string F(double v, string format) => v.ToString(format, CultureInfo.InvariantCulture);
        var rows = new (string Name, string Value)[]
        {
            ("articles", $"{r.Articles} ({r.Paragraphs} paragraphs, {F(r.TokensPerArticle, "0")} tokens/article)"),
            ("encoder threads / parallel articles / cores", $"{r.Threads} / {r.ParallelArticles} / {r.Cores}"),
            ("model load", $"{F(r.ModelLoadSeconds, "0.00")} s"),
            ("articles/s", F(r.ArticlesPerSecond, "0.00")),
            ("tokens/s (pipeline)", F(r.TokensPerSecond, "0")),
            ("p50 ms/article", F(r.P50Milliseconds, "0.0")),
            ("p95 ms/article", F(r.P95Milliseconds, "0.0")),
            ("segment / encode / heads ms/article", $"{F(r.SegmentMilliseconds, "0.0")} / {F(r.EncodeMilliseconds, "0.0")} / {F(r.HeadsMilliseconds, "0.0")}"),
            ("CPU s/article (pipeline)", F(r.PipelineCpuSeconds / r.Articles, "0.000")),
            ("articles/s if given every core", F(r.Articles / r.PipelineCpuSeconds * r.Cores, "0.00")),
            ("tokens/s (encoder alone)", F(r.EncoderTokensPerSecond, "0")),
            ("pipeline/encoder", F(r.PipelineToEncoderRatio, "0.00")),
            ("peak RSS (after model load)", $"{F(r.PeakRssMegabytes, "0")} MB ({F(r.LoadPeakRssMegabytes, "0")} MB)"),
            ("model", r.Model),
        };

        if (console.OutputIsTerminal)
        {
            var table = new Table().AddColumn("measure").AddColumn(new TableColumn("value").RightAligned());
            foreach (var (name, value) in rows)
            {
                table.AddRow(Markup.Escape(name), Markup.Escape(value));
            }

            console.Ansi.Write(table);
            return;
        }

        var width = rows.Max(x => x.Name.Length);
        foreach (var (name, value) in rows)
        {
            console.Out.WriteLine($"{name.PadRight(width)}  {value}");
        }
    }
}
