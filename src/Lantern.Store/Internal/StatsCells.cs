using System.Data.Common;
using System.Globalization;
using System.Text;

namespace Lantern.Store.Internal;

/// <summary>
/// The statistics roll-up of migration 4: per cell (month, ISO week, source, language, genre) the articles whose current
/// analysis falls in it, their words and call-to-action flags (technique <c>''</c>), and per technique the spans and
/// the articles, words and flags of the articles that have it, once per voice (all, author, quoted). A second table
/// keys the same counts by frame and month (no week), for <c>--by frame</c> and <c>--frame</c>.
/// </summary>
/// <remarks>
/// Both tables are sums over articles, so the write path keeps them up to date by adding the contribution of every
/// analysis that becomes current and subtracting the one it replaces, in the same transaction (one statement per
/// table, rows in key order so that concurrent PostgreSQL writers lock them in the same order and cannot deadlock).
/// Their size depends on the number of distinct cells, not of articles, which is why stats read them in milliseconds
/// where the span scan took seconds. NULL months, weeks, sources and languages are stored as '' (keys cannot be NULL).
/// </remarks>
internal static class StatsCells
{
    public const string Table = "stats_cells";
    public const string FrameTable = "stats_frame_cells";

    private static readonly string[] Voices = ["all", "author", "quoted"];
    private static readonly string[] Measures = ["spans", "articles", "words", "civic", "hostile", "violent", "unknown"];

    // Technique (and frame) first: a --technique or --frame filter reads a range of the primary key, and --by frame groups in its order.
    private static readonly string[] CellKey = ["technique", "month", "week", "source", "language", "genre"];
    private static readonly string[] FrameKey = ["frame", "technique", "month", "source", "language", "genre"];

    /// <summary>The measure columns, per voice: spans_all, articles_all, ..., unknown_quoted.</summary>
    public static IReadOnlyList<string> Columns { get; } = [.. Voices.SelectMany(v => Measures.Select(m => $"{m}_{v}"))];

    /// <summary>
    /// CREATE TABLE statements of both tables (<paramref name="integer"/>: the dialect's 64-bit integer type;
    /// <paramref name="options"/>: SQLite's WITHOUT ROWID, so the rows are stored once, in key order).
    /// </summary>
    /// <remarks>Migration 4 is built from this and <see cref="BackfillSql"/>: change them only together with a new migration.</remarks>
    public static string CreateSql(string integer, string options = "")
    {
        var measures = string.Join(",\n    ", Columns.Select(c => $"{c} {integer} NOT NULL"));
        return $"""
            CREATE TABLE {Table} (
                month TEXT NOT NULL, week TEXT NOT NULL, source TEXT NOT NULL, language TEXT NOT NULL, genre TEXT NOT NULL, technique TEXT NOT NULL,
                {measures},
                PRIMARY KEY ({string.Join(", ", CellKey)})
            ){options};
            CREATE TABLE {FrameTable} (
                frame TEXT NOT NULL, month TEXT NOT NULL, source TEXT NOT NULL, language TEXT NOT NULL, genre TEXT NOT NULL, technique TEXT NOT NULL,
                {measures},
                PRIMARY KEY ({string.Join(", ", FrameKey)})
            ){options};

            """;
    }

    /// <summary>Adds the contributions of <paramref name="changes"/> (a query of rows <c>analysis_id, sign</c>) to both tables.</summary>
    public static string ApplySql(string changes) => Apply(Table, CellKey, changes) + Apply(FrameTable, FrameKey, changes);

    /// <summary>The back-fill of migration 4: every article's current analysis, once.</summary>
    public static string BackfillSql { get; } = ApplySql("SELECT analysis_id, 1 FROM articles WHERE analysis_id IS NOT NULL");

    /// <summary>Applies the changes (analysis id, +1 or -1) in chunks; the ids go in as integer literals.</summary>
    public static async Task ApplyAsync(DbConnection connection, DbTransaction transaction, IReadOnlyList<(long Analysis, int Sign)> changes, CancellationToken cancellationToken)
    {
        foreach (var chunk in changes.Chunk(5000))
        {
            var values = new StringBuilder("VALUES ");
            for (var i = 0; i < chunk.Length; i++)
            {
                values.Append(i == 0 ? "(" : ", (").Append(chunk[i].Analysis.ToString(CultureInfo.InvariantCulture))
                    .Append(", ").Append(chunk[i].Sign.ToString(CultureInfo.InvariantCulture)).Append(')');
            }

            await using var command = Db.Command(connection, transaction, ApplySql(values.ToString()));
            await command.ExecuteNonQueryAsync(cancellationToken);
        }
    }

    /// <summary>
    /// Whether the roll-up answers this query exactly: no confidence threshold (it keeps no scores), dates on whole
    /// months (it keeps months, not days), no empty filter value (NULL keys are stored as ''), and with a frame filter
    /// neither <c>--by frame</c> (frames of articles with another frame) nor <c>--by week</c> (the frame table has no weeks).
    /// </summary>
    public static bool Answers(StatsDimension by, CorpusFilter filter) =>
        filter.MinConfidence is not > 0
        && filter.From is not { Day: not 1 }
        && (filter.To is not { } to || to.AddDays(1).Day == 1)
        && new[] { filter.Technique, filter.Frame, filter.Genre, filter.Source, filter.Language }.All(v => v is null || v.Length > 0)
        && (filter.Frame is null || by is not (StatsDimension.Frame or StatsDimension.Week));

    /// <summary>
    /// The roll-up query: rows (group, technique, spans, articles, words, civic, hostile, violent, unknown) for the voice
    /// of the filter; technique '' rows are the group's totals (absent with a technique filter).
    /// </summary>
    public static string QuerySql(StatsDimension by, CorpusFilter filter, DbCommand command)
    {
        var frames = by == StatsDimension.Frame || filter.Frame is not null;
        var group = by switch
        {
            StatsDimension.Source => "c.source",
            StatsDimension.Month => "c.month",
            StatsDimension.Week => "c.week",
            StatsDimension.Genre => "c.genre",
            StatsDimension.Frame => "c.frame",
            _ => "''",
        };
        var voice = filter.Voice.Name();
        var conditions = new StringBuilder();
        if (filter.Technique is { } technique)
        {
            conditions.Append(" AND c.technique = @f_technique");
            command.With("f_technique", technique);
        }

        if (filter.Frame is { } frame)
        {
            conditions.Append(" AND c.frame = @f_frame");
            command.With("f_frame", frame);
        }

        if (filter.Genre is { } genre)
        {
            conditions.Append(" AND c.genre = @f_genre");
            command.With("f_genre", genre);
        }

        if (filter.Source is { } source)
        {
            conditions.Append(" AND (c.source = @f_source OR c.source IN (SELECT s.domain FROM sources s WHERE s.name = @f_source))");
            command.With("f_source", source);
        }

        if (filter.Language is { } language)
        {
            conditions.Append(" AND c.language = @f_language");
            command.With("f_language", language);
        }

        // Whole months only (see Answers): published >= the 1st of a month is month >= it; '' (no date) never matches.
        if (filter.From is { } from)
        {
            conditions.Append(" AND c.month <> '' AND c.month >= @f_from");
            command.With("f_from", from.ToString("yyyy-MM", CultureInfo.InvariantCulture));
        }

        if (filter.To is { } to)
        {
            conditions.Append(" AND c.month <> '' AND c.month <= @f_to");
            command.With("f_to", to.ToString("yyyy-MM", CultureInfo.InvariantCulture));
        }

        var sums = string.Join(", ", Measures.Select(m => $"SUM(c.{m}_{voice})"));
        return $"SELECT {group} AS g, c.technique, {sums} FROM {(frames ? FrameTable : Table)} c WHERE 1 = 1{conditions} GROUP BY 1, 2";
    }

    private static string Apply(string table, string[] key, string changes)
    {
        var frames = key.Contains("frame");
        // The key of an article's cell; the frame table has one cell per frame of the analysis (none without frames).
        var keyExpressions = new List<string>();
        foreach (var column in key.Where(k => k != "technique"))
        {
            keyExpressions.Add(column switch
            {
                "frame" => "fr.frame AS frame",
                "genre" => "an.genre AS genre",
                _ => $"COALESCE(a.{column}, '') AS {column}",
            });
        }

        var keys = string.Join(", ", keyExpressions);
        var groupColumns = string.Join(", ", keyExpressions.Select(e => e[..e.IndexOf(" AS ", StringComparison.Ordinal)]));
        var from = "ch JOIN analyses an ON an.id = ch.analysis_id JOIN articles a ON a.id = an.article_id"
            + (frames ? " JOIN frames fr ON fr.analysis_id = an.id" : string.Empty);
        const string author = "CASE WHEN sp.voice = 'author' THEN 1 ELSE 0 END";
        const string quoted = "CASE WHEN sp.voice IN ('quoted', 'reported') THEN 1 ELSE 0 END";
        var measures = new List<string>();
        // In the order of Columns: all, author, quoted.
        foreach (var (spans, has) in new[] { ("n_all", "h_all"), ("n_author", "h_author"), ("n_quoted", "h_quoted") })
        {
            measures.Add($"SUM(x.sign * x.{spans})");
            measures.Add($"SUM(x.sign * x.{has})");
            measures.Add($"SUM(x.sign * x.{has} * x.words)");
            measures.Add($"SUM(CASE WHEN x.flag = 'civic' THEN x.sign * x.{has} ELSE 0 END)");
            measures.Add($"SUM(CASE WHEN x.flag = 'hostile' THEN x.sign * x.{has} ELSE 0 END)");
            measures.Add($"SUM(CASE WHEN x.flag = 'violent' THEN x.sign * x.{has} ELSE 0 END)");
            measures.Add($"SUM(CASE WHEN x.flag IS NULL THEN x.sign * x.{has} ELSE 0 END)");
        }

        var allKey = string.Join(", ", key);
        var updates = string.Join(", ", Columns.Select(c => $"{c} = {table}.{c} + excluded.{c}"));
        return $"""
            WITH ch (analysis_id, sign) AS ({changes}),
            x AS (
                SELECT ch.sign AS sign, {keys}, '' AS technique, 0 AS n_all, 1 AS h_all, 0 AS n_author, 1 AS h_author, 0 AS n_quoted, 1 AS h_quoted,
                       a.words AS words, an.action_flag AS flag
                FROM {from}
                UNION ALL
                SELECT ch.sign, {keys}, sp.technique, COUNT(*), 1, SUM({author}), MAX({author}), SUM({quoted}), MAX({quoted}), a.words, an.action_flag
                FROM {from} JOIN spans sp ON sp.analysis_id = an.id
                GROUP BY ch.analysis_id, ch.sign, {groupColumns}, sp.technique, a.words, an.action_flag)
            INSERT INTO {table} ({allKey}, {string.Join(", ", Columns)})
            SELECT {allKey}, {string.Join(", ", measures)}
            FROM x WHERE 1 = 1 GROUP BY {allKey} ORDER BY {allKey}
            ON CONFLICT ({allKey}) DO UPDATE SET {updates};

            """;
    }
}
