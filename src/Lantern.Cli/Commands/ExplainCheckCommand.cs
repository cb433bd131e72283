using Lantern.Cli.Internal;
using Lantern.Errors;
using Lantern.Reading;
using Spectre.Console.Cli;

namespace Lantern.Cli.Commands;

/// <summary>
/// <c>lantern explain check</c>: the deletion test of the occlusion explanations. Deleting each span's cue words
/// should lower the technique's score more than deleting as many random words of the span; prints one JSON object.
/// </summary>
public sealed class ExplainCheckCommand(CliConsole console) : Command<ExplainCheckSettings>
{
    public override int Execute(CommandContext context, ExplainCheckSettings settings, CancellationToken cancellationToken)
    {
        var directory = settings.Articles ?? throw LanternErrors.Usage("--articles: a folder of article<ID>.txt files is required");
        var limit = settings.Limit ?? 20;
        var spans = settings.Spans ?? 5;
        if (limit < 1 || spans < 1)
        {
            throw LanternErrors.Usage("--limit and --spans: must be at least 1");
        }

        var files = SemEvalArticles.List(directory, limit);
        using var analyzer = AnalyzerFactory.Create(settings.Models, threads: null);
        var articles = files.Select(f => analyzer.Read(f, ReadOptions.Default with { Format = "semeval" })).ToArray();
        Lantern.Analysis.Explanations.ExplanationCheck? result = null;
        ProgressReporter.Run(console, "explain check", articles.Length, step =>
            result = analyzer.CheckExplanations(articles, spans, settings.Seed ?? 1, _ => step(), cancellationToken));
        console.Out.Write(Json.Serialize(result!));
        console.Out.Write('\n');
        console.Out.Flush();
        return ExitCodes.Ok;
    }
}
