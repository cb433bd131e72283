using System.ComponentModel;
using Spectre.Console.Cli;

namespace Lantern.Cli.Commands;

/// <summary>Arguments of <c>lantern measure calls|voices FILE</c>.</summary>
public sealed class MeasureSettings : CommandSettings
{
    [CommandArgument(0, "<FILE>")]
    [Description("A labelled sentence file (tab-separated; see tests/Lantern.Core.Tests/Fixtures).")]
    public string File { get; set; } = string.Empty;
}
