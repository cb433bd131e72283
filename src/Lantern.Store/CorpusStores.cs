using Lantern.Errors;
using Npgsql;

namespace Lantern.Store;

/// <summary>Opens the store a <c>--db</c> argument names: a PostgreSQL URL (<c>postgres://</c>, <c>postgresql://</c>) or an SQLite file.</summary>
public static class CorpusStores
{
    /// <summary>The SQLite file used when no <c>--db</c> is given.</summary>
    public const string DefaultPath = "lantern.db";

    public static bool IsPostgres(string db) =>
        db.StartsWith("postgres://", StringComparison.OrdinalIgnoreCase) || db.StartsWith("postgresql://", StringComparison.OrdinalIgnoreCase);

    /// <summary>The store for <paramref name="db"/> (null or blank: <see cref="DefaultPath"/>). Nothing is created until a call needs it.</summary>
    public static ICorpusStore Create(string? db)
    {
        db = string.IsNullOrWhiteSpace(db) ? DefaultPath : db.Trim();
        return IsPostgres(db) ? new PostgresCorpusStore(ToConnectionString(db)) : new SqliteCorpusStore(db);
    }

    /// <summary>
    /// Opens the store and checks its schema: <paramref name="migrate"/> applies missing migrations (writers do);
    /// otherwise a database that is empty or older than this build is refused with a hint to run <c>lantern db migrate</c>.
    /// </summary>
    public static async Task<ICorpusStore> OpenAsync(string? db, bool migrate, CancellationToken cancellationToken = default)
    {
        var store = Create(db);
        try
        {
            if (migrate)
            {
                await store.MigrateAsync(cancellationToken);
            }
            else
            {
                var version = await store.SchemaVersionAsync(cancellationToken);
                if (version != store.LatestSchemaVersion)
                {
                    throw version > store.LatestSchemaVersion
                        ? LanternErrors.SchemaTooNew(store.Location, version, store.LatestSchemaVersion)
                        : LanternErrors.SchemaOutdated(store.Location, version, store.LatestSchemaVersion);
                }
            }

            return store;
        }
        catch
        {
            await store.DisposeAsync();
            throw;
        }
    }

    /// <summary>
    /// Turns <c>postgres://user:password@host:port/database?sslmode=require</c> into an Npgsql connection string; query
    /// options are Npgsql's keywords with <c>_</c> for spaces. Statements have no time limit unless <c>command_timeout</c> sets one.
    /// </summary>
    public static string ToConnectionString(string url)
    {
        if (!Uri.TryCreate(url, UriKind.Absolute, out var uri) || string.IsNullOrEmpty(uri.Host))
        {
            throw LanternErrors.Usage($"--db: '{Redact(url)}' is not a PostgreSQL URL (postgres://user:password@host:port/database)");
        }

        var builder = new NpgsqlConnectionStringBuilder
        {
            Host = uri.Host,
            Port = uri.Port > 0 ? uri.Port : 5432,
            Database = Uri.UnescapeDataString(uri.AbsolutePath.Trim('/')) is { Length: > 0 } database ? database : "postgres",
            // No client-side limit on a statement (Npgsql's default cuts at 30 s): bulk writes of 20,000 articles, a
            // migration of a million, or a span-scan statistic over one run longer on a busy server, and were cut
            // mid-transaction (rolled back, so the work could never finish). Cancellation still stops them;
            // ?command_timeout=N in the URL sets a limit again.
            CommandTimeout = 0,
        };
        if (uri.UserInfo.Length > 0)
        {
            var colon = uri.UserInfo.IndexOf(':', StringComparison.Ordinal);
            builder.Username = Uri.UnescapeDataString(colon < 0 ? uri.UserInfo : uri.UserInfo[..colon]);
            if (colon >= 0)
            {
                builder.Password = Uri.UnescapeDataString(uri.UserInfo[(colon + 1)..]);
            }
        }

        foreach (var pair in uri.Query.TrimStart('?').Split('&', StringSplitOptions.RemoveEmptyEntries))
        {
            var eq = pair.IndexOf('=', StringComparison.Ordinal);
            var key = Uri.UnescapeDataString(eq < 0 ? pair : pair[..eq]).Replace('_', ' ');
            var value = eq < 0 ? "true" : Uri.UnescapeDataString(pair[(eq + 1)..]);
            try
            {
                builder[key] = value;
            }
            catch (ArgumentException)
            {
                throw LanternErrors.Usage(builder.ContainsKey(key)
                    ? $"--db: PostgreSQL option '{key}' in the URL cannot be '{value}'"
                    : $"--db: unknown PostgreSQL option '{key}' in the URL");
            }
        }

        return builder.ConnectionString;
    }

    private static string Redact(string url)
    {
        var at = url.IndexOf('@', StringComparison.Ordinal);
        var scheme = url.IndexOf("://", StringComparison.Ordinal);
        return at > 0 && scheme > 0 && at > scheme ? url[..(scheme + 3)] + "***" + url[at..] : url;
    }
}
