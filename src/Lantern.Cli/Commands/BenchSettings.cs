using System.ComponentModel;
using Spectre.Console.Cli;

namespace Lantern.Cli.Commands;

/// <summary>Arguments of <c>lantern bench</c>.</summary>
public sealed class BenchSettings : CommandSettings
{
    [CommandOption("--articles <DIR>")]
    [Description("A folder of article<ID>.txt files.")]
    public string? Articles { get; set; }

    [CommandOption("--limit <N>")]
    [Description("Articles to use, in file-name order (default 50).")]
    public int? Limit { get; set; }

    [CommandOption("--tokens <N>")]
    [Description("Use the --limit articles of the folder whose length in word pieces is nearest N (e.g. 800), instead of the first ones.")]
    public int? Tokens { get; set; }

    [CommandOption("--threads <N>")]
    [Description("Encoder threads per article (default: 1 with --parallel's default; given alone, one article at a time).")]
    public int? Threads { get; set; }

    [CommandOption("--parallel <N>")]
    [Description("Articles analysed at once (default: cores, at most 4, with one encoder thread each; 1 when --threads is given).")]
    public int? Parallel { get; set; }

    [CommandOption("--encoder-spinning <on|off>")]
    [Description("Whether idle encoder threads spin (default off: the heads of one article run while the encoder works on the next).")]
    public string? EncoderSpinning { get; set; }

    [CommandOption("--format <FORMAT>")]
    [Description("table or json.")]
    public string? Format { get; set; }

    [CommandOption("--precision <PRECISION>")]
    [Description("Encoder precision: int8 or fp32 (default: the one the heads were trained on).")]
    public string? Precision { get; set; }

    [CommandOption("--models <DIR>")]
    [Description("The models folder.")]
    public string? Models { get; set; }
}
