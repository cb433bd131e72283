using System.ComponentModel;
using Spectre.Console.Cli;

namespace Lantern.Cli.Commands;

/// <summary>Arguments of <c>lantern search</c>.</summary>
public sealed class SearchSettings : CorpusFilterSettings
{
    [CommandArgument(0, "<WORDS>")]
    [Description("The words to find (every one must occur; quote them as one argument or give several).")]
    public string[] Words { get; set; } = [];

    [CommandOption("--limit <N>")]
    [Description("Hits to show (default 20).")]
    public int? Limit { get; set; }

    [CommandOption("--format <FORMAT>")]
    [Description("text or json (default: text on a terminal, json when redirected).")]
    public string? Format { get; set; }
}
