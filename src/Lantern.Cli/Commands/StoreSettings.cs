using System.ComponentModel;
using Spectre.Console.Cli;

namespace Lantern.Cli.Commands;

/// <summary>The <c>--db</c> option shared by the corpus verbs.</summary>
public class StoreSettings : CommandSettings
{
    [CommandOption("--db <DB>")]
    [Description("The corpus: an SQLite file (default lantern.db, or $LANTERN_DB) or a PostgreSQL URL postgres://user:password@host:port/database.")]
    public string? Db { get; set; }

    /// <summary>The database to use: <c>--db</c>, else <c>$LANTERN_DB</c>, else the default file.</summary>
    public string Database => Db ?? Environment.GetEnvironmentVariable("LANTERN_DB") ?? Store.CorpusStores.DefaultPath;
}
