using System.ComponentModel;
using Spectre.Console.Cli;

namespace Lantern.Cli.Commands;

/// <summary>The filters shared by <c>search</c>, <c>stats</c> and <c>compare</c>.</summary>
public class CorpusFilterSettings : StoreSettings
{
    [CommandOption("--technique <T>")]
    [Description("Only articles with at least one span of this technique (e.g. Loaded_Language).")]
    public string? Technique { get; set; }

    [CommandOption("--frame <F>")]
    [Description("Only articles with this frame (e.g. Economic).")]
    public string? Frame { get; set; }

    [CommandOption("--genre <G>")]
    [Description("Only articles of this genre: opinion, reporting or satire.")]
    public string? Genre { get; set; }

    [CommandOption("--source <S>")]
    [Description("Only articles of this source (domain, or name from sources.csv).")]
    public string? Source { get; set; }

    [CommandOption("--lang <L>")]
    [Description("Only articles in this language (ISO 639-1).")]
    public string? Lang { get; set; }

    [CommandOption("--from <DATE>")]
    [Description("Only articles published on or after this day (yyyy-mm-dd).")]
    public string? From { get; set; }

    [CommandOption("--to <DATE>")]
    [Description("Only articles published on or before this day (yyyy-mm-dd).")]
    public string? To { get; set; }

    [CommandOption("--min-confidence <P>")]
    [Description("Count only stored findings (spans; the frames and techniques filtered on) whose calibrated probability is at least P (0 to 1; default 0: all).")]
    public string? MinConfidence { get; set; }

    [CommandOption("--voice <V>")]
    [Description("Count only spans in this voice: all (default), author (the author's own words) or quoted (quoted or reported speech). Spans stored before voices were recorded count only under all.")]
    public string? Voice { get; set; }
}
