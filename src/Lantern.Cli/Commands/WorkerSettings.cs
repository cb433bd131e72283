using System.ComponentModel;
using Spectre.Console.Cli;

namespace Lantern.Cli.Commands;

/// <summary>Arguments of <c>lantern worker</c>.</summary>
public sealed class WorkerSettings : StoreSettings
{
    [CommandOption("--name <NAME>")]
    [Description("The name on the leases this worker takes (default host:pid).")]
    public string? Name { get; set; }

    [CommandOption("--batch <N>")]
    [Description("Articles leased at once (default: the analyzer's parallel articles).")]
    public int? Batch { get; set; }

    [CommandOption("--lease <SECONDS>")]
    [Description("How long a lease lasts; the articles of a worker that died are handed out again after it (default 300).")]
    public int? Lease { get; set; }

    [CommandOption("--wait")]
    [Description("Keep polling for new work when the queue is empty (default: stop).")]
    public bool Wait { get; set; }

    [CommandOption("--parallel <N>")]
    [Description("Articles analysed at once (default: cores, at most 4, one encoder thread each; 1 when --threads is given).")]
    public int? Parallel { get; set; }

    [CommandOption("--threads <N>")]
    [Description("Encoder threads per article (default 1, with --parallel's default); with several workers on one machine, its cores divided among them.")]
    public int? Threads { get; set; }

    [CommandOption("--models <DIR>")]
    [Description("The models folder.")]
    public string? Models { get; set; }
}
