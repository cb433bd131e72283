using Lantern.Store;
using Lantern.Store.Sources;
using Spectre.Console.Cli;

namespace Lantern.Cli.Commands;

/// <summary><c>lantern sources import FILE</c>: adds or updates the outlets of a sources.csv.</summary>
public sealed class SourcesImportCommand(CliConsole console) : AsyncCommand<SourcesImportSettings>
{
    public override async Task<int> ExecuteAsync(CommandContext context, SourcesImportSettings settings, CancellationToken cancellationToken)
    {
        var sources = SourcesCsv.Read(settings.File);
        await using var store = await CorpusStores.OpenAsync(settings.Database, migrate: true, cancellationToken);
        var written = await store.UpsertSourcesAsync(sources, cancellationToken);
        console.Out.WriteLine($"{settings.File}: {written} source(s) imported into {store.Location}");
        return ExitCodes.Ok;
    }
}
