using System.ComponentModel;
using Spectre.Console.Cli;

namespace Lantern.Cli.Commands;

/// <summary>Arguments of <c>lantern compare</c>.</summary>
public sealed class CompareSettings : CorpusFilterSettings
{
    [CommandArgument(0, "<SOURCE_A>")]
    [Description("The first source (domain, or name from sources.csv).")]
    public string SourceA { get; set; } = string.Empty;

    [CommandArgument(1, "<SOURCE_B>")]
    [Description("The second source.")]
    public string SourceB { get; set; } = string.Empty;

    [CommandOption("--resamples <N>")]
    [Description("Bootstrap resamples of articles for the 95% intervals (default 1000).")]
    public int? Resamples { get; set; }

    [CommandOption("--seed <N>")]
    [Description("Seed of the bootstrap (default 1: the same corpus gives the same intervals).")]
    public int? Seed { get; set; }

    [CommandOption("--top <N>")]
    [Description("How many of the largest differences to illustrate with passages (default 3).")]
    public int? Top { get; set; }

    [CommandOption("--format <FORMAT>")]
    [Description("text or json (default: text on a terminal, json when redirected).")]
    public string? Format { get; set; }
}
