using System.ComponentModel;
using Spectre.Console.Cli;

namespace Lantern.Cli.Commands;

/// <summary>Arguments of <c>lantern corpus-bench</c>.</summary>
public sealed class CorpusBenchSettings : StoreSettings
{
    [CommandOption("--articles <N>")]
    [Description("Synthetic analysed articles to add (no model; default 10000).")]
    public int? Articles { get; set; }

    [CommandOption("--batch <N>")]
    [Description("Synthetic articles per bulk transaction (default 5000).")]
    public int? Batch { get; set; }

    [CommandOption("--seed <N>")]
    [Description("Seed of the synthetic corpus (default 1).")]
    public int? Seed { get; set; }

    [CommandOption("--queries <N>")]
    [Description("Searches and stats queries timed (default 20 each).")]
    public int? Queries { get; set; }

    [CommandOption("--vectors <DIM>")]
    [Description("Give every synthetic span and paragraph label a random unit vector of DIM dimensions (384 as MiniLM) and time the similar-passage scan (default and 0: no vectors).")]
    public int? Vectors { get; set; }

    [CommandOption("--with-model <N>")]
    [Description("Also time ingest with the model and 1 and 2 queue workers on N synthetic texts each (default 0: skip).")]
    public int? WithModel { get; set; }

    [CommandOption("--models <DIR>")]
    [Description("The models folder (for --with-model).")]
    public string? Models { get; set; }
}
