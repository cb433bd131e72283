using System.ComponentModel;
using Spectre.Console.Cli;

namespace Lantern.Cli.Commands;

/// <summary>Arguments of <c>lantern semeval predict</c>.</summary>
public sealed class SemEvalPredictSettings : CommandSettings
{
    [CommandOption("--task <TASK>")]
    [Description("genre, framing, paragraphs or spans.")]
    public string? Task { get; set; }

    [CommandOption("--lang <LANG>")]
    [Description("The articles' language: en, fr, ge, it, po or ru (de and pl accepted; default: detected per article).")]
    public string? Lang { get; set; }

    [CommandOption("--articles <DIR>")]
    [Description("A folder of article<ID>.txt files.")]
    public string? Articles { get; set; }

    [CommandOption("--out <FILE>")]
    [Description("The prediction file to write.")]
    public string? Out { get; set; }

    [CommandOption("--models <DIR>")]
    [Description("The models folder (default: $LANTERN_MODELS, or models/ next to lantern or in the repository).")]
    public string? Models { get; set; }

    [CommandOption("--threads <N>")]
    [Description("Encoder threads per article (default: 1, with cores (at most 4) articles at once; given, one article at a time).")]
    public int? Threads { get; set; }

    [CommandOption("--min-confidence <P>")]
    [Description(Internal.ConfidenceOptions.MinConfidenceHelp)]
    public string? MinConfidence { get; set; }

    [CommandOption("--preset <PRESET>")]
    [Description(Internal.ConfidenceOptions.PresetHelp)]
    public string? Preset { get; set; }
}
