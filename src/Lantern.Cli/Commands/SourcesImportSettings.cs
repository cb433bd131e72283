using System.ComponentModel;
using Spectre.Console.Cli;

namespace Lantern.Cli.Commands;

/// <summary>Arguments of <c>lantern sources import</c>.</summary>
public sealed class SourcesImportSettings : StoreSettings
{
    [CommandArgument(0, "<FILE>")]
    [Description("A CSV file with a header: domain,name,country,language,orientation,tags (domain and name required; tags separated by ;).")]
    public string File { get; set; } = string.Empty;
}
