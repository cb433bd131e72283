using Lantern.Store;
using Spectre.Console.Cli;

namespace Lantern.Cli.Commands;

/// <summary><c>lantern db migrate</c>: creates the corpus schema or brings it up to date.</summary>
public sealed class DbMigrateCommand(CliConsole console) : AsyncCommand<StoreSettings>
{
    public override async Task<int> ExecuteAsync(CommandContext context, StoreSettings settings, CancellationToken cancellationToken)
    {
        await using var store = CorpusStores.Create(settings.Database);
        var applied = await store.MigrateAsync(cancellationToken);
        console.Out.WriteLine(applied.Count == 0
            ? $"{store.Location}: schema is up to date (version {store.LatestSchemaVersion}, {store.Dialect})"
            : $"{store.Location}: applied migration(s) {string.Join(", ", applied)}; schema is at version {store.LatestSchemaVersion} ({store.Dialect})");
        return ExitCodes.Ok;
    }
}
