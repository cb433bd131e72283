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
internal sealed class AnalyzeCommand(CliConsole console) : Command<AnalyzeCommand.Settings>
{
    protected override int Execute(CommandContext context, Settings settings, CancellationToken cancellationToken)
    {
        // Default: readable text on a terminal, JSON when redirected (so pipes get a machine format).
        var format = OptionValues.OneOf("--format", settings.Format, console.OutputIsTerminal ? "text" : "json", "json", "text", "html");
        var type = settings.Type is null ? null : OptionValues.OneOf("--type", settings.Type, "text", "text", "semeval", "html");
        var options = ReadOptions.Default with { Format = type };
        var article = InputArticles.Read(console, settings.File, options);

        using var analyzer = AnalyzerFactory.Create(settings.Models, threads: null);
        var analysis = analyzer.Analyze(article, cancellationToken);
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

    internal sealed class Settings : CommandSettings
    {
        [CommandArgument(0, "<FILE>")]
        [Description("The article file, or - for standard input.")]
        public string File { get; init; } = string.Empty;

        [CommandOption("--format <FORMAT>")]
        [Description("json, text or html (default: text on a terminal, json when redirected).")]
        public string? Format { get; init; }

        [CommandOption("--type <TYPE>")]
        [Description("How to read the input: text, semeval or html (default: from the file name).")]
        public string? Type { get; init; }

        [CommandOption("--models <DIR>")]
        [Description("The models folder (default: $LANTERN_MODELS, or models/ next to lantern or in the repository).")]
        public string? Models { get; init; }
    }
}
