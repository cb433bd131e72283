using System.Data.Common;
using Microsoft.Data.Sqlite;
using Npgsql;

namespace Lantern.Store.Tests;

/// <summary>
/// A fresh, empty corpus database of one kind for one test: an SQLite file in a temporary folder, or a new database on
/// the PostgreSQL server named by <c>LANTERN_TEST_POSTGRES</c> (scripts/test.sh starts a throwaway server and sets it).
/// Without that variable the PostgreSQL cases fail on purpose: they must run, in CI and here.
/// </summary>
internal sealed class TestStore : IAsyncDisposable
{
    public const string EnvironmentVariable = "LANTERN_TEST_POSTGRES";

    private readonly string? adminUrl;
    private readonly string? database;

    private TestStore(string kind, string db, string folder, string? adminUrl, string? database)
    {
        Kind = kind;
        Db = db;
        Folder = folder;
        this.adminUrl = adminUrl;
        this.database = database;
    }

    /// <summary>The kinds every store test runs against.</summary>
    public static TheoryData<string> Kinds => new() { "sqlite", "postgres" };

    public string Kind { get; }

    /// <summary>The <c>--db</c> value.</summary>
    public string Db { get; }

    /// <summary>A temporary folder for fixtures, deleted with the store.</summary>
    public string Folder { get; }

    public static async Task<TestStore> CreateAsync(string kind)
    {
        var folder = Path.Combine(Path.GetTempPath(), "lantern-store-tests-" + Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(folder);
        if (kind == "sqlite")
        {
            return new TestStore(kind, Path.Combine(folder, "corpus.db"), folder, null, null);
        }

        var admin = Environment.GetEnvironmentVariable(EnvironmentVariable);
        Assert.False(string.IsNullOrWhiteSpace(admin),
            $"{EnvironmentVariable} is not set: run the tests through scripts/test.sh, which starts a throwaway PostgreSQL server");
        var name = "lt_" + Guid.NewGuid().ToString("N")[..16];
        await using (var connection = new NpgsqlConnection(CorpusStores.ToConnectionString(admin!)))
        {
            await connection.OpenAsync();
            await using var create = new NpgsqlCommand($"CREATE DATABASE {name}", connection);
            await create.ExecuteNonQueryAsync();
        }

        var uri = new UriBuilder(admin!) { Path = "/" + name };
        return new TestStore(kind, uri.Uri.ToString(), folder, admin, name);
    }

    public Task<ICorpusStore> OpenAsync() => CorpusStores.OpenAsync(Db, migrate: true);

    /// <summary>One value from SQL run directly on the database (for checks the API does not offer).</summary>
    public async Task<long> ScalarAsync(string sql)
    {
        await using DbConnection connection = Kind == "sqlite"
            ? new SqliteConnection($"Data Source={Db};Pooling=False")
            : new NpgsqlConnection(CorpusStores.ToConnectionString(Db));
        await connection.OpenAsync();
        await using var command = connection.CreateCommand();
        command.CommandText = sql;
        var value = await command.ExecuteScalarAsync();
        return value is null or DBNull ? 0 : Convert.ToInt64(value, System.Globalization.CultureInfo.InvariantCulture);
    }

    /// <summary>Every row of a query, its columns as strings (for checks the API does not offer).</summary>
    public async Task<IReadOnlyList<string[]>> RowsAsync(string sql)
    {
        await using DbConnection connection = Kind == "sqlite"
            ? new SqliteConnection($"Data Source={Db};Pooling=False")
            : new NpgsqlConnection(CorpusStores.ToConnectionString(Db));
        await connection.OpenAsync();
        await using var command = connection.CreateCommand();
        command.CommandText = sql;
        await using var reader = await command.ExecuteReaderAsync();
        var rows = new List<string[]>();
        while (await reader.ReadAsync())
        {
            rows.Add([.. Enumerable.Range(0, reader.FieldCount).Select(i => reader.IsDBNull(i) ? string.Empty : Convert.ToString(reader.GetValue(i), System.Globalization.CultureInfo.InvariantCulture)!)]);
        }

        return rows;
    }

    public string File(string name, string content)
    {
        var path = Path.Combine(Folder, name);
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        System.IO.File.WriteAllText(path, content);
        return path;
    }

    public async ValueTask DisposeAsync()
    {
        if (adminUrl is not null)
        {
            NpgsqlConnection.ClearAllPools();
            await using var connection = new NpgsqlConnection(CorpusStores.ToConnectionString(adminUrl));
            await connection.OpenAsync();
            await using var drop = new NpgsqlCommand($"DROP DATABASE IF EXISTS {database} WITH (FORCE)", connection);
            await drop.ExecuteNonQueryAsync();
        }
        else
        {
            SqliteConnection.ClearAllPools();
        }

        try
        {
            Directory.Delete(Folder, recursive: true);
        }
        catch (IOException)
        {
            // A killed child may still hold a file for a moment; the temp folder is cleaned by the OS later.
        }
    }
}
