using System.ComponentModel;
using Spectre.Console.Cli;

namespace Lantern.Cli.Commands;

/// <summary>Arguments of <c>lantern ingest</c>.</summary>
public sealed class IngestSettings : StoreSettings
{
    [CommandArgument(0, "[PATHS]")]
    [Description("Files or folders: plain text, HTML, SemEval article<ID>.txt, JSONL (one article per line). Folders are read recursively.")]
    public string[] Paths { get; set; } = [];

    [CommandOption("--feed <URL>")]
    [Description("An RSS or Atom feed; each item's page is fetched and read as HTML. May be repeated.")]
    public string[] Feeds { get; set; } = [];

    [CommandOption("--enqueue-only")]
    [Description("Store the articles on the work queue without analysing them; 'lantern worker' analyses them.")]
    public bool EnqueueOnly { get; set; }

    [CommandOption("--source <NAME>")]
    [Description("Count every article under this source (default: the source the input names, or the page's host).")]
    public string? Source { get; set; }

    [CommandOption("--batch <N>")]
    [Description("Articles committed per transaction (default 16).")]
    public int? Batch { get; set; }

    [CommandOption("--parallel <N>")]
    [Description("Articles analysed at once (default: cores, at most 4, one encoder thread each).")]
    public int? Parallel { get; set; }

    [CommandOption("--timeout <SECONDS>")]
    [Description("Time allowed for each feed or page request (default 20).")]
    public int? Timeout { get; set; }

    [CommandOption("--models <DIR>")]
    [Description("The models folder (default: $LANTERN_MODELS, or models/ next to lantern or in the repository).")]
    public string? Models { get; set; }
}
