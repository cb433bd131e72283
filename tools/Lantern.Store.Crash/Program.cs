// Crash safety of the corpus store, run by scripts/crash-safety.sh (which builds the CLI, starts a throwaway PostgreSQL
// cluster and cleans up):
//   dotnet Lantern.Store.Crash.dll --cli lantern.dll --work DIR [--postgres URL --restart "pg_ctl ... restart -m immediate -l LOG"]
//       [--rounds 20] [--restarts 3] [--workers 3] [--queue-articles 160] [--seed N]
// Kills `lantern ingest` with SIGKILL into SQLite and into PostgreSQL --rounds times each and resumes; restarts PostgreSQL
// under running `lantern worker` processes; checks counts and content hashes against the input after every step.
// Prints a summary table; exit code 0 when nothing was violated, 1 otherwise, 2 for bad arguments.
using System.Globalization;
using Lantern.Store;
using Lantern.Store.Crash;
using Npgsql;

string? cli = null, work = null, postgres = null, restart = null;
int rounds = 20, restarts = 3, workers = 3, queueArticles = 160;
var seed = Environment.TickCount;
for (var i = 0; i < args.Length; i++)
{
    string Next() => i + 1 < args.Length ? args[++i] : throw new ArgumentException($"{args[i]} needs a value");
    int Number() => int.Parse(Next(), CultureInfo.InvariantCulture);
    switch (args[i])
    {
        case "--cli": cli = Path.GetFullPath(Next()); break;
        case "--work": work = Path.GetFullPath(Next()); break;
        case "--postgres": postgres = Next(); break;
        case "--restart": restart = Next(); break;
        case "--rounds": rounds = Number(); break;
        case "--restarts": restarts = Number(); break;
        case "--workers": workers = Number(); break;
        case "--queue-articles": queueArticles = Number(); break;
        case "--seed": seed = Number(); break;
        default:
            Console.Error.WriteLine($"crash: unknown option {args[i]}");
            return 2;
    }
}

if (cli is null || work is null || !File.Exists(cli))
{
    Console.Error.WriteLine("crash: give --cli PATH/lantern.dll (built) and --work DIR");
    return 2;
}

var log = Console.Error;
var random = new Random(seed);
log.WriteLine($"crash: seed {seed}, {rounds} kills per store, {restarts} PostgreSQL restarts under {workers} workers");
Directory.CreateDirectory(work);
var results = new List<PhaseResult>();

// SIGKILL and resume, into SQLite, then into PostgreSQL (one input folder each: the rounds add to it as they go).
var sqlite = Path.Combine(work, "corpus.db");
results.Add(await new KillRounds(cli, "sqlite", sqlite, new InputFolder(Path.Combine(work, "in-sqlite"), seed), random, log).RunAsync(rounds));
if (postgres is not null)
{
    var db = await CreateDatabaseAsync(postgres, "lantern_crash_kill");
    try
    {
        results.Add(await new KillRounds(cli, "postgres", db, new InputFolder(Path.Combine(work, "in-postgres"), seed + 1), random, log).RunAsync(rounds));
    }
    finally
    {
        await DropDatabaseAsync(postgres, db);
    }

    if (restart is not null && restarts > 0)
    {
        var queueDb = await CreateDatabaseAsync(postgres, "lantern_crash_restart");
        try
        {
            var input = new InputFolder(Path.Combine(work, "in-queue"), seed + 2);
            results.Add(await new RestartRounds(cli, queueDb, restart, input, random, log).RunAsync(restarts, workers, queueArticles));
        }
        finally
        {
            await DropDatabaseAsync(postgres, queueDb);
        }
    }
}

Console.WriteLine();
Console.WriteLine("| phase | store | landed / wanted | runs or workers | articles | analyses | result |");
Console.WriteLine("|---|---|---:|---:|---:|---:|---|");
foreach (var r in results)
{
    Console.WriteLine($"| {r.Phase} | {r.Store} | {r.Landed} / {r.Wanted} | {r.Runs} | {r.Articles} | {r.Analyses} | {(r.Passed ? "ok" : $"{r.Violations.Count} violations")} |");
}

foreach (var r in results)
{
    foreach (var violation in r.Violations)
    {
        Console.WriteLine($"VIOLATION {r.Store}, {r.Phase}: {violation}");
    }
}

if (postgres is null)
{
    Console.WriteLine("crash: no --postgres: the PostgreSQL phases did not run");
}

return results.All(r => r.Passed) && postgres is not null && restart is not null ? 0 : 1;

// A fresh database on the server behind the admin URL; its own URL is returned.
static async Task<string> CreateDatabaseAsync(string admin, string prefix)
{
    var name = $"{prefix}_{Guid.NewGuid():N}"[..(prefix.Length + 9)];
    await using (var connection = new NpgsqlConnection(CorpusStores.ToConnectionString(admin)))
    {
        await connection.OpenAsync();
        await using var create = new NpgsqlCommand($"CREATE DATABASE {name}", connection);
        await create.ExecuteNonQueryAsync();
    }

    return new UriBuilder(admin) { Path = "/" + name }.Uri.ToString();
}

static async Task DropDatabaseAsync(string admin, string db)
{
    NpgsqlConnection.ClearAllPools();
    await using var connection = new NpgsqlConnection(CorpusStores.ToConnectionString(admin));
    await connection.OpenAsync();
    await using var drop = new NpgsqlCommand($"DROP DATABASE IF EXISTS {new Uri(db).AbsolutePath.TrimStart('/')} WITH (FORCE)", connection);
    await drop.ExecuteNonQueryAsync();
}
