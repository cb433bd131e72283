using System.ComponentModel;
using Spectre.Console.Cli;

namespace Lantern.Cli.Commands;

/// <summary>Arguments of <c>lantern analyze</c>.</summary>
public sealed class AnalyzeSettings : CommandSettings
{
    [CommandArgument(0, "<FILE>")]
    [Description("The article file, or - for standard input.")]
    public string File { get; set; } = string.Empty;

    [CommandOption("--format <FORMAT>")]
    [Description("json, text or html (default: text on a terminal, json when redirected).")]
    public string? Format { get; set; }

    [CommandOption("--type <TYPE>")]
    [Description("How to read the input: text, semeval or html (default: from the file name).")]
    public string? Type { get; set; }

    [CommandOption("--models <DIR>")]
    [Description("The models folder (default: $LANTERN_MODELS, or models/ next to lantern or in the repository).")]
    public string? Models { get; set; }

    [CommandOption("--explain")]
    [Description("Explain every span and paragraph label by occlusion: the words whose deletion lowers the technique's score most, and its definition (one encoder pass per word: slower).")]
    public bool Explain { get; set; }

    [CommandOption("--db <DB>")]
    [Description("With --explain: the corpus (SQLite file or postgres:// URL) whose already-analysed passages are listed as similar to each explained finding.")]
    public string? Db { get; set; }

    [CommandOption("--similar <N>")]
    [Description("With --db: similar passages per explained finding, at most one per article (default 3).")]
    public int? Similar { get; set; }

    [CommandOption("--voice <VOICE>")]
    [Description("Keep only the spans in this voice: author, quoted, reported, others (quoted or reported) or all (default).")]
    public string? Voice { get; set; }

    [CommandOption("--min-confidence <P>")]
    [Description(Internal.ConfidenceOptions.MinConfidenceHelp)]
    public string? MinConfidence { get; set; }

    [CommandOption("--preset <PRESET>")]
    [Description(Internal.ConfidenceOptions.PresetHelp)]
    public string? Preset { get; set; }
}
