using System.ComponentModel;
using Spectre.Console.Cli;

namespace Lantern.Cli.Commands;

/// <summary>Arguments of <c>lantern stats</c>.</summary>
public sealed class StatsSettings : CorpusFilterSettings
{
    [CommandOption("--by <DIMENSION>")]
    [Description("Group by source, month, week, technique, frame or genre (default technique).")]
    public string? By { get; set; }

    [CommandOption("--format <FORMAT>")]
    [Description("table, csv or json (default table).")]
    public string? Format { get; set; }

    [CommandOption("--plot <FILE>")]
    [Description("Also draw the rates per 1,000 words into FILE.png or FILE.svg.")]
    public string? Plot { get; set; }
}
