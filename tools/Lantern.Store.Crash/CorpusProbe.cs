using System.Data.Common;
using Microsoft.Data.Sqlite;
using Npgsql;

namespace Lantern.Store.Crash;

/// <summary>Reads a <see cref="CorpusSnapshot"/> of an SQLite file or a PostgreSQL database.</summary>
internal static class CorpusProbe
{
    public static async Task<CorpusSnapshot> ReadAsync(string db)
    {
        await using var connection = Open(db);
        await connection.OpenAsync();
        var articles = await ScalarAsync(connection, "SELECT COUNT(*) FROM articles");
        var analyses = await ScalarAsync(connection, "SELECT COUNT(*) FROM analyses");
        var without = await ScalarAsync(connection, "SELECT COUNT(*) FROM articles WHERE analysis_id IS NULL");
        var queued = await ScalarAsync(connection, "SELECT COUNT(*) FROM queue");
        var repeated = await ScalarAsync(connection, "SELECT COUNT(*) FROM (SELECT article_id, model FROM analyses GROUP BY article_id, model HAVING COUNT(*) > 1) r");
        var hashes = new Dictionary<string, int>(StringComparer.Ordinal);
        var mismatches = new List<string>();
        await using (var command = connection.CreateCommand())
        {
            command.CommandText = "SELECT external_id, content_hash, text FROM articles";
            await using var reader = await command.ExecuteReaderAsync();
            while (await reader.ReadAsync())
            {
                var hash = reader.GetString(1);
                hashes[hash] = hashes.GetValueOrDefault(hash) + 1;
                if (ContentHash.Of(reader.GetString(2)) != hash)
                {
                    mismatches.Add(reader.GetString(0));
                }
            }
        }

        return new CorpusSnapshot(articles, analyses, without, queued, repeated, hashes, mismatches);
    }

    /// <summary>Whether the schema exists yet (a run killed during start-up may not have migrated).</summary>
    public static async Task<bool> MigratedAsync(string db)
    {
        await using var connection = Open(db);
        await connection.OpenAsync();
        var sql = CorpusStores.IsPostgres(db)
            ? "SELECT COUNT(*) FROM pg_tables WHERE tablename = 'articles'"
            : "SELECT COUNT(*) FROM sqlite_master WHERE type = 'table' AND name = 'articles'";
        return await ScalarAsync(connection, sql) > 0;
    }

    public static async Task<long> CountAsync(string db, string table)
    {
        await using var connection = Open(db);
        await connection.OpenAsync();
        return await ScalarAsync(connection, $"SELECT COUNT(*) FROM {table}");
    }

    private static DbConnection Open(string db) => CorpusStores.IsPostgres(db)
        ? new NpgsqlConnection(new NpgsqlConnectionStringBuilder(CorpusStores.ToConnectionString(db)) { Pooling = false }.ConnectionString)
        : new SqliteConnection($"Data Source={db};Pooling=False");

    private static async Task<long> ScalarAsync(DbConnection connection, string sql)
    {
        await using var command = connection.CreateCommand();
        command.CommandText = sql;
        var value = await command.ExecuteScalarAsync();
        return value is null or DBNull ? 0 : Convert.ToInt64(value, System.Globalization.CultureInfo.InvariantCulture);
    }
}
