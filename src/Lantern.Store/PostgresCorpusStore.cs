using System.Data.Common;
using Lantern.Errors;
using Lantern.Store.Internal;
using Npgsql;
using NpgsqlTypes;

namespace Lantern.Store;

/// <summary>
/// The corpus in PostgreSQL: full-text search over a generated <c>tsvector</c> column (GIN index, the language-neutral
/// <c>simple</c> configuration, as the corpus mixes languages), and a queue that many workers share through
/// <c>FOR UPDATE SKIP LOCKED</c>.
/// </summary>
public sealed class PostgresCorpusStore : SqlCorpusStore
{
    private readonly NpgsqlDataSource dataSource;
    private readonly string location;

    public PostgresCorpusStore(string connectionString)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(connectionString);
        var builder = new NpgsqlConnectionStringBuilder(connectionString);
        location = $"postgres://{builder.Username}@{builder.Host}:{builder.Port}/{builder.Database}";
        dataSource = NpgsqlDataSource.Create(builder);
    }

    public override string Dialect => "postgres";

    public override string Location => location;

    private protected override IReadOnlyList<string> MigrationList => Migrations.Postgres;

    private protected override string NowMilliseconds => "CAST(EXTRACT(EPOCH FROM clock_timestamp()) * 1000 AS BIGINT)";

    private protected override string ClaimSql => $"""
        UPDATE queue SET lease_until = {NowMilliseconds} + @lease, worker = @worker, attempts = attempts + 1
        WHERE article_id IN (
            SELECT article_id FROM queue WHERE lease_until IS NULL OR lease_until < {NowMilliseconds}
            ORDER BY article_id LIMIT @count FOR UPDATE SKIP LOCKED)
        RETURNING article_id
        """;

    private protected override string LockForUpdate => " FOR UPDATE";

    private protected override string StatsArticles => "articles a";

    private protected override string WithoutJit => "SET jit = off; ";

    public override async Task<long> SizeBytesAsync(CancellationToken cancellationToken = default)
    {
        await using var connection = await OpenAsync(cancellationToken);
        await using var command = Db.Command(connection, null, "SELECT pg_database_size(current_database())");
        return Db.ToLong(await command.ExecuteScalarAsync(cancellationToken));
    }

    public override ValueTask DisposeAsync() => dataSource.DisposeAsync();

    private protected override async Task<DbConnection> OpenAsync(CancellationToken cancellationToken)
    {
        try
        {
            return await dataSource.OpenConnectionAsync(cancellationToken);
        }
        catch (Exception e) when (e is NpgsqlException or System.Net.Sockets.SocketException or TimeoutException)
        {
            // The cause is kept: a worker tells a server that is restarting (worth waiting for) from a wrong address by it.
            throw LanternErrors.StoreUnavailable(location, e.Message, e);
        }
    }

    private protected override async Task<(long[] Articles, long[] Analyses)> ReserveIdsAsync(DbConnection connection, DbTransaction transaction, int count, CancellationToken cancellationToken)
    {
        async Task<long[]> Next(string table)
        {
            await using var command = Db.Command(connection, transaction, $"SELECT nextval(pg_get_serial_sequence('{table}', 'id')) FROM generate_series(1, @n)");
            command.With("n", count);
            var ids = new List<long>(count);
            await using var reader = await command.ExecuteReaderAsync(cancellationToken);
            while (await reader.ReadAsync(cancellationToken))
            {
                ids.Add(reader.GetInt64(0));
            }

            return [.. ids];
        }

        return (await Next("articles"), await Next("analyses"));
    }

    // Binary COPY per table: no SQL parsed per row, and the rows stream to the server in one go.
    private protected override async Task WriteBulkAsync(DbConnection connection, DbTransaction transaction, IReadOnlyDictionary<string, List<object?[]>> rows, CancellationToken cancellationToken)
    {
        var npgsql = (NpgsqlConnection)connection;
        foreach (var table in BulkTables.Order)
        {
            if (rows[table].Count == 0)
            {
                continue;
            }

            await using var writer = await npgsql.BeginBinaryImportAsync(
                $"COPY {table} ({string.Join(", ", BulkTables.Columns[table])}) FROM STDIN (FORMAT BINARY)", cancellationToken);
            foreach (var row in rows[table])
            {
                await writer.StartRowAsync(cancellationToken);
                foreach (var value in row)
                {
                    await (value switch
                    {
                        null => writer.WriteNullAsync(cancellationToken),
                        long v => writer.WriteAsync(v, NpgsqlDbType.Bigint, cancellationToken),
                        int v => writer.WriteAsync(v, NpgsqlDbType.Integer, cancellationToken),
                        double v => writer.WriteAsync(v, NpgsqlDbType.Double, cancellationToken),
                        string v => writer.WriteAsync(v, NpgsqlDbType.Text, cancellationToken),
                        DateTimeOffset v => writer.WriteAsync(v, NpgsqlDbType.TimestampTz, cancellationToken),
                        byte[] v => writer.WriteAsync(v, NpgsqlDbType.Bytea, cancellationToken),
                        _ => throw new InvalidOperationException($"no COPY type for {value.GetType()} in {table}"),
                    });
                }
            }

            await writer.CompleteAsync(cancellationToken);
        }
    }

    private protected override async Task<bool> SchemaTableExistsAsync(DbConnection connection, DbTransaction? transaction, CancellationToken cancellationToken)
    {
        await using var command = Db.Command(connection, transaction, "SELECT to_regclass('schema_version') IS NOT NULL");
        return await command.ExecuteScalarAsync(cancellationToken) is true;
    }

    private protected override async Task LockForMigrationAsync(DbConnection connection, DbTransaction transaction, CancellationToken cancellationToken)
    {
        await using var command = Db.Command(connection, transaction, "SELECT pg_advisory_xact_lock(7391002)");
        await command.ExecuteNonQueryAsync(cancellationToken);
    }

    private protected override object Time(DateTimeOffset value) => value.ToUniversalTime();

    private protected override DateTimeOffset? ReadTime(DbDataReader reader, int ordinal) =>
        reader.IsDBNull(ordinal) ? null : reader.GetFieldValue<DateTimeOffset>(ordinal);

    // Ranked and limited first (ids and ranks only) over the narrow search table (migration 5), so the sort carries no
    // text and the articles and analyses join only when a filter needs them; ts_headline (costly: it re-parses the
    // text) runs only for the hits shown.
    private protected override string RankSql(string conditions) => $"""
        SELECT s.id, ts_rank(s.tsv, plainto_tsquery('simple', @q)) AS rank
        FROM article_search s{(conditions.Length == 0 ? string.Empty : " JOIN articles a ON a.id = s.id LEFT JOIN analyses an ON an.id = a.analysis_id")}
        WHERE s.tsv @@ plainto_tsquery('simple', @q) AND s.id BETWEEN @lo AND @hi{conditions}
        ORDER BY rank DESC, s.id
        LIMIT @limit
        """;

    private protected override string HitsSql(string ids) => $"""
        SELECT a.id, a.external_id, a.title, a.source, a.url, a.published,
               ts_headline('simple', a.text, plainto_tsquery('simple', @q), 'StartSel=**, StopSel=**, MaxWords=24, MinWords=10') AS snippet,
               a.analysis_id
        FROM articles a WHERE a.id IN ({ids})
        """;

    private protected override string SearchTerms(string words) =>
        string.IsNullOrWhiteSpace(words) ? throw LanternErrors.Usage("search: give at least one word") : words.Trim();
}
