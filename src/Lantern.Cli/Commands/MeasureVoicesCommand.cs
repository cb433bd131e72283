using Lantern.Cli.Internal;
using Lantern.Measures;
using Spectre.Console.Cli;

namespace Lantern.Cli.Commands;

/// <summary><c>lantern measure voices FILE</c>: accuracy of the voice label and of the speaker name, as JSON.</summary>
public sealed class MeasureVoicesCommand(CliConsole console) : Command<MeasureSettings>
{
    public override int Execute(CommandContext context, MeasureSettings settings, CancellationToken cancellationToken)
    {
        console.Out.Write(Json.Serialize(CallToActionMeasure.ScoreVoices(settings.File, cancellationToken)));
        console.Out.Write('\n');
        console.Out.Flush();
        return ExitCodes.Ok;
    }
}
