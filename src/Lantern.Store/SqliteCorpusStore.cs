using System.Data.Common;
using System.Globalization;
using System.Text;
using Lantern.Articles;
using Lantern.Errors;
using Lantern.Store.Internal;
using Microsoft.Data.Sqlite;

namespace Lantern.Store;

/// <summary>
/// The corpus in one SQLite file (WAL journal, so readers never block the writer). Full-text search with FTS5
/// (bm25 rank, snippets). Several processes may write: SQLite serialises them, each waiting up to a minute.
/// </summary>
public sealed class SqliteCorpusStore : SqlCorpusStore
{
    private readonly string connectionString;
    private readonly string path;

    public SqliteCorpusStore(string path)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(path);
        this.path = Path.GetFullPath(path);
        var directory = Path.GetDirectoryName(this.path);
        if (directory is not null && !Directory.Exists(directory))
        {
            throw LanternErrors.StoreUnavailable(path, "its folder does not exist");
        }

        connectionString = new SqliteConnectionStringBuilder
        {
            DataSource = this.path,
            Mode = SqliteOpenMode.ReadWriteCreate,
            Pooling = true,
            DefaultTimeout = 60,
        }.ToString();
    }

    public override string Dialect => "sqlite";

    public override string Location => path;

    private protected override IReadOnlyList<string> MigrationList => Migrations.Sqlite;

    private protected override string NowMilliseconds => "CAST((julianday('now') - 2440587.5) * 86400000 AS INTEGER)";

    // One statement, so the choice of rows and their lease happen under the same write lock.
    private protected override string ClaimSql => $"""
        UPDATE queue SET lease_until = {NowMilliseconds} + @lease, worker = @worker, attempts = attempts + 1
        WHERE article_id IN (
            SELECT article_id FROM queue WHERE lease_until IS NULL OR lease_until < {NowMilliseconds} ORDER BY article_id LIMIT @count)
        RETURNING article_id
        """;

    public override async Task<long> SizeBytesAsync(CancellationToken cancellationToken = default)
    {
        // The write-ahead log is folded into the file first, so the size is the data's, not the log's.
        await using (var connection = await OpenAsync(cancellationToken))
        await using (var checkpoint = Db.Command(connection, null, "PRAGMA wal_checkpoint(TRUNCATE)"))
        {
            await checkpoint.ExecuteNonQueryAsync(cancellationToken);
        }

        long size = 0;
        foreach (var file in new[] { path, path + "-wal" })
        {
            if (File.Exists(file))
            {
                size += new FileInfo(file).Length;
            }
        }

        return size;
    }

    public override ValueTask DisposeAsync()
    {
        // Pooled connections keep the file open; release them so the file can be moved or deleted.
        SqliteConnection.ClearAllPools();
        return ValueTask.CompletedTask;
    }

    private protected override async Task<DbConnection> OpenAsync(CancellationToken cancellationToken)
    {
        var connection = new SqliteConnection(connectionString);
        try
        {
            await connection.OpenAsync(cancellationToken);
            await using var pragmas = Db.Command(connection, null, "PRAGMA journal_mode = WAL; PRAGMA synchronous = NORMAL; PRAGMA busy_timeout = 60000;");
            await pragmas.ExecuteNonQueryAsync(cancellationToken);
            return connection;
        }
        catch (SqliteException e)
        {
            await connection.DisposeAsync();
            throw LanternErrors.StoreUnavailable(path, e.Message);
        }
    }

    private protected override async Task<bool> SchemaTableExistsAsync(DbConnection connection, DbTransaction? transaction, CancellationToken cancellationToken)
    {
        await using var command = Db.Command(connection, transaction, "SELECT COUNT(*) FROM sqlite_master WHERE type = 'table' AND name = 'schema_version'");
        return Db.ToLong(await command.ExecuteScalarAsync(cancellationToken)) > 0;
    }

    private protected override object Time(DateTimeOffset value) =>
        value.ToUniversalTime().ToString("yyyy-MM-dd'T'HH:mm:ss.fff'Z'", CultureInfo.InvariantCulture);

    private protected override DateTimeOffset? ReadTime(DbDataReader reader, int ordinal) =>
        reader.IsDBNull(ordinal) ? null : DateTimeOffset.Parse(reader.GetString(ordinal), CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal);

    private protected override async Task IndexTextAsync(DbConnection connection, DbTransaction transaction, long articleId, Article article, CancellationToken cancellationToken)
    {
        await using var command = Db.Command(connection, transaction, "INSERT INTO articles_fts (rowid, title, text) VALUES (@id, @title, @text)");
        command.With("id", articleId).With("title", article.Title).With("text", article.Text);
        await command.ExecuteNonQueryAsync(cancellationToken);
    }

    private protected override string SearchSql(string conditions) => $"""
        SELECT a.id, a.external_id, a.title, a.source, a.url, a.published, -bm25(articles_fts) AS rank,
               snippet(articles_fts, 1, '**', '**', '…', 20) AS snippet, a.analysis_id
        FROM articles_fts JOIN articles a ON a.id = articles_fts.rowid
        LEFT JOIN analyses an ON an.id = a.analysis_id
        WHERE articles_fts MATCH @q{conditions}
        ORDER BY bm25(articles_fts), a.id
        LIMIT @limit
        """;

    // Every word quoted, so FTS5 operators and punctuation in the query are taken as text; words are ANDed.
    private protected override string SearchTerms(string words)
    {
        var terms = new StringBuilder();
        foreach (var word in words.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries))
        {
            var clean = word.Replace("\"", string.Empty, StringComparison.Ordinal);
            if (clean.Length > 0)
            {
                terms.Append(terms.Length == 0 ? "\"" : " \"").Append(clean).Append('"');
            }
        }

        return terms.Length == 0 ? throw LanternErrors.Usage("search: give at least one word") : terms.ToString();
    }
}
