using System.ComponentModel;
using Spectre.Console.Cli;

namespace Lantern.Cli.Commands;

/// <summary>Arguments of <c>lantern explain check</c>.</summary>
public sealed class ExplainCheckSettings : CommandSettings
{
    [CommandOption("--articles <DIR>")]
    [Description("A folder of article<ID>.txt files.")]
    public string? Articles { get; set; }

    [CommandOption("--limit <N>")]
    [Description("Articles to use, in file-name order (default 20).")]
    public int? Limit { get; set; }

    [CommandOption("--spans <N>")]
    [Description("Spans tested per article (default 5).")]
    public int? Spans { get; set; }

    [CommandOption("--seed <N>")]
    [Description("Seed of the random words (default 1).")]
    public int? Seed { get; set; }

    [CommandOption("--models <DIR>")]
    [Description("The models folder.")]
    public string? Models { get; set; }
}
