using System.ComponentModel;
using System.Text;
using Lantern.Analysis;
using Lantern.Analysis.SemEval;
using Lantern.Cli.Internal;
using Lantern.Errors;
using Lantern.Languages;
using Lantern.Reading;
using Lantern.SemEval;
using Spectre.Console.Cli;

namespace Lantern.Cli.Commands;

/// <summary>
/// <c>lantern semeval predict</c>: predictions for a folder of SemEval articles in the task's label-file
/// format (span offsets in code points, converted at this boundary).
/// </summary>
public sealed class SemEvalPredictCommand(CliConsole console) : Command<SemEvalPredictSettings>
{
    private static readonly string[] Tasks = ["genre", "framing", "paragraphs", "spans"];
    private static readonly string[] Languages = ["en", "fr", "ge", "de", "it", "po", "pl", "ru"];

    public override int Execute(CommandContext context, SemEvalPredictSettings settings, CancellationToken cancellationToken)
    {
        var task = OptionValues.OneOf("--task", settings.Task ?? throw LanternErrors.Usage("--task is required (genre, framing, paragraphs or spans)"), "genre", Tasks);
        var language = settings.Lang is null ? null : LanguageCodes.Normalize(OptionValues.OneOf("--lang", settings.Lang, "en", Languages));
        var directory = settings.Articles ?? throw LanternErrors.Usage("--articles DIR is required");
        var output = settings.Out ?? throw LanternErrors.Usage("--out FILE is required");
        var threads = OptionValues.Positive("--threads", settings.Threads);
        var confidence = ConfidenceOptions.Parse(settings.MinConfidence, settings.Preset);
        var files = SemEvalArticles.List(directory);

        // By default articles run side by side, one encoder thread each (CreateForBatch). With --threads, one at a time:
        // AnalyzeEach then runs one article's heads while the encoder's threads work on the next one, and spinning
        // encoder threads would take the core the heads need (bench: 10.5 against 9.1 articles/s), hence spinning off.
        using var loaded = AnalyzerFactory.CreateForBatch(settings.Models, threads, parallelArticles: null, spinning: false);
        var analyzer = confidence.Apply(loaded);
        var analyses = new ArticleAnalysis[files.Count];
        var byteOrderMarks = new bool[files.Count];
        ProgressReporter.Run(console, $"{task} predictions", files.Count, step =>
        {
            analyzer.AnalyzeEach(
                files.Count,
                i =>
                {
                    var article = analyzer.Read(files[i], ReadOptions.Default with { Format = "semeval" });
                    if (language is not null)
                    {
                        article = article with { Language = language };
                    }

                    byteOrderMarks[i] = article.HasByteOrderMark;
                    return article;
                },
                (i, analysis) =>
                {
                    analyses[i] = confidence.Apply(analysis);
                    step();
                },
                cancellationToken);
        });

        using (var writer = new StreamWriter(output, append: false, new UTF8Encoding(encoderShouldEmitUTF8Identifier: false)))
        {
            var ids = files.Select(SemEvalPredictions.ArticleId).ToArray();
            var rows = Enumerable.Range(0, files.Count);
            switch (task)
            {
                case "genre":
                    SemEvalFiles.WriteGenres(writer, rows.Select(i => SemEvalPredictions.Genre(ids[i], analyses[i])));
                    break;
                case "framing":
                    SemEvalFiles.WriteFrames(writer, rows.Select(i => SemEvalPredictions.Frames(ids[i], analyses[i])));
                    break;
                case "paragraphs":
                    SemEvalFiles.WriteParagraphs(writer, rows.SelectMany(i => SemEvalPredictions.Paragraphs(ids[i], analyses[i])));
                    break;
                default:
                    SemEvalFiles.WriteSpans(writer, rows.SelectMany(i => SemEvalPredictions.Spans(ids[i], analyses[i], byteOrderMarks[i])));
                    break;
            }
        }

        console.Error.WriteLine($"wrote {task} predictions for {files.Count} articles to {output}");
        return ExitCodes.Ok;
    }
}
