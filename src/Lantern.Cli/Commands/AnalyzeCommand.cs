using System.ComponentModel;
using System.Text;
using Lantern.Analysis;
using Lantern.Analysis.Rendering;
using Lantern.Cli.Internal;
using Lantern.Reading;
using Spectre.Console;
using Spectre.Console.Cli;

namespace Lantern.Cli.Commands;

/// <summary><c>lantern analyze FILE|-</c>: the full analysis of one article as JSON, terminal text or one HTML page.</summary>
public sealed class AnalyzeCommand(CliConsole console) : Command<AnalyzeSettings>
{
    public override int Execute(CommandContext context, AnalyzeSettings settings, CancellationToken cancellationToken)
    {
        // Default: readable text on a terminal, JSON when redirected (so pipes get a machine format).
        var format = OptionValues.OneOf("--format", settings.Format, console.OutputIsTerminal ? "text" : "json", "json", "text", "html");
        var type = settings.Type is null ? null : OptionValues.OneOf("--type", settings.Type, "text", "text", "semeval", "html");
        var voice = OptionValues.OneOf("--voice", settings.Voice, "all", "all", "author", "quoted", "reported", "others");
        var confidence = ConfidenceOptions.Parse(settings.MinConfidence, settings.Preset);
        var options = ReadOptions.Default with { Format = type };
        var similar = SimilarFromCorpus.Check(settings);
        var article = InputArticles.Read(console, settings.File, options);

        using var loaded = AnalyzerFactory.Create(settings.Models, threads: null);
        var analyzer = confidence.Apply(loaded);
        var analysis = confidence.Apply(settings.Explain ? analyzer.Explain(article, cancellationToken) : analyzer.Analyze(article, cancellationToken));
        if (similar is not null)
        {
            analysis = SimilarFromCorpus.AttachAsync(settings.Db!, analysis, similar.Value, cancellationToken).GetAwaiter().GetResult();
        }
        if (voice != "all")
        {
            bool Keep(Lantern.Voices.Voice v) => voice == "others" ? v.IsOthers : v.Name == voice;
            var kept = analysis.Spans.Where(s => Keep(s.Voice)).ToArray();
            analysis = analysis with
            {
                Spans = kept,
                Explanations = [.. analysis.Explanations.Where(e => kept.Any(s => s.Start == e.Start && s.Length == e.Length && s.Technique == e.Technique))],
            };
        }

        switch (format)
        {
            case "json":
                console.Out.Write(AnalysisJson.Serialize(analysis));
                console.Out.Write('\n');
                break;
            case "html":
                console.Out.Write(AnalysisHtml.Render(analysis));
                break;
            default:
                if (console.OutputIsTerminal)
                {
                    console.Ansi.Markup(AnalysisText.Render(analysis, markup: true));
                }
                else
                {
                    console.Out.Write(AnalysisText.Render(analysis, markup: false));
                }

                break;
        }

        console.Out.Flush();
        return ExitCodes.Ok;
    }
}
