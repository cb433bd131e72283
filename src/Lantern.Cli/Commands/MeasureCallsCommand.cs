using Lantern.Cli.Internal;
using Lantern.Measures;
using Spectre.Console.Cli;

namespace Lantern.Cli.Commands;

/// <summary><c>lantern measure calls FILE</c>: precision and recall of the call-to-action detector per class, as JSON.</summary>
public sealed class MeasureCallsCommand(CliConsole console) : Command<MeasureSettings>
{
    public override int Execute(CommandContext context, MeasureSettings settings, CancellationToken cancellationToken)
    {
        console.Out.Write(Json.Serialize(CallToActionMeasure.ScoreCalls(settings.File, cancellationToken)));
        console.Out.Write('\n');
        console.Out.Flush();
        return ExitCodes.Ok;
    }
}
