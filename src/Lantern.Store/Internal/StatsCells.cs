using System.Data.Common;
using System.Globalization;
using System.Text;

namespace Lantern.Store.Internal;

/// <summary>
/// The statistics roll-up of migration 4: per cell (month, ISO week, source, language, genre) the articles whose current
/// analysis falls in it, their words and call-to-action flags (technique <c>''</c>), and per technique the spans and
/// the articles, words and flags of the articles that have it, once per voice (all, author, quoted). A second table
/// keys the same counts by frame and month (no week), for <c>--by frame</c> and <c>--frame</c>. Migration 6 adds a
/// third, keyed by technique and <b>score step</b> (0.05 wide) with month, source, language and genre (no week), for
/// <c>--min-confidence</c> on that grid. Migration 7 adds the frame cells once more with the week in their key (for
/// <c>--by week --frame</c>), the score steps once more at 0.01 (for thresholds on that finer grid: the steps between
/// one and the next 0.05 grid point) and the 0.05 score steps once more with the week in their key (for <c>--by week</c>
/// and partial months with a threshold). Migration 8 adds the frame cells once per pair of an analysis's frames (for
/// <c>--by frame --frame</c>: the frames of the articles that have the frame asked for) and the 0.05 score steps by
/// frame (for <c>--by frame</c> with a threshold), both keyed by month only. Migration 9 adds the 0.01 score steps by
/// week and by frame, keyed by month only too (for <c>--by week</c> and <c>--by frame</c> with a threshold off the 0.05
/// grid: the steps between it and the next 0.05 grid point). Migration 10 adds the 0.05 score steps by frame once more,
/// keyed by source, language and genre but no month (for <c>--by frame</c> with a threshold and <c>--source</c>,
/// <c>--lang</c> or <c>--genre</c>, without dates).
/// </summary>
/// <remarks>
/// All the tables are sums over articles, so the write path keeps them up to date by adding the contribution of every
/// analysis that becomes current and subtracting the one it replaces, in the same transaction (one statement per
/// table, rows in key order so that concurrent PostgreSQL writers lock them in the same order and cannot deadlock).
/// Their size depends on the number of distinct cells, not of articles, which is why stats read them in milliseconds
/// where the span scan took seconds. NULL months, weeks, sources and languages are stored as '' (keys cannot be NULL).
/// </remarks>
internal static class StatsCells
{
    public const string Table = "stats_cells";
    public const string FrameTable = "stats_frame_cells";
    public const string ScoreTable = "stats_score_cells";
    public const string FrameWeekTable = "stats_frame_week_cells";
    public const string FineScoreTable = "stats_fine_score_cells";
    public const string ScoreWeekTable = "stats_score_week_cells";
    public const string FramePairTable = "stats_frame_pair_cells";
    public const string FrameScoreTable = "stats_frame_score_cells";
    public const string FineScoreWeekTable = "stats_fine_score_week_cells";
    public const string FineFrameScoreTable = "stats_fine_frame_score_cells";
    public const string FrameScoreKeysTable = "stats_frame_score_key_cells";

    /// <summary>Score steps per unit: step k holds the scores in [k / 20, (k + 1) / 20), step 20 the score 1.</summary>
    public const int Steps = 20;

    /// <summary>Fine score steps per unit (the fine table): step k holds the scores in [k / 100, (k + 1) / 100).</summary>
    public const int FineSteps = 100;

    private static readonly string[] Voices = ["all", "author", "quoted"];
    private static readonly string[] Measures = ["spans", "articles", "words", "civic", "hostile", "violent", "unknown"];

    // Technique (and frame) first: a --technique or --frame filter reads a range of the primary key, and --by frame groups in its order.
    private static readonly string[] CellKey = ["technique", "month", "week", "source", "language", "genre"];
    private static readonly string[] FrameKey = ["frame", "technique", "month", "source", "language", "genre"];
    private static readonly string[] ScoreKey = ["technique", "step", "month", "source", "language", "genre"];
    private static readonly string[] FrameWeekKey = ["frame", "technique", "week", "month", "source", "language", "genre"];
    // Week before step: --by week reads every step at or above the threshold and groups by (week, technique) in key order.
    private static readonly string[] ScoreWeekKey = ["technique", "week", "step", "month", "source", "language", "genre"];
    // The frame asked for (--frame) first, then the frame grouped by (--by frame): one cell per pair of the analysis's
    // frames, by month only (no source, language or genre: with them the table had 1,176,000 rows at 100k articles).
    private static readonly string[] FramePairKey = ["with_frame", "frame", "technique", "month"];
    // The 0.05 score steps by frame, for --by frame with a threshold; by month only, as the pairs.
    private static readonly string[] FrameScoreKey = ["frame", "technique", "step", "month"];
    // The 0.01 score steps by week and by frame, for --by week and --by frame with a threshold off the 0.05 grid: only
    // the steps between it and the next 0.05 grid point are read (at most five), one range per technique (technique,
    // step first, read with technique IN), so the groups are sorted from a few rows. By month only, as the pairs.
    private static readonly string[] FineScoreWeekKey = ["technique", "step", "week", "month"];
    private static readonly string[] FineFrameScoreKey = ["technique", "step", "frame", "month"];
    // The 0.05 score steps by frame with source, language and genre but no month, for --by frame with a threshold and
    // one of those filters: 98,200 rows at 100k articles. With the month too they were 809,000 rows, and reading the
    // steps at or above 0.6 of one source took 242–246 ms on PostgreSQL (psql); without a month only the queries without
    // dates are answered, as the whole-corpus comparison of outlets' frames is.
    private static readonly string[] FrameScoreKeysKey = ["frame", "technique", "step", "source", "language", "genre"];

    /// <summary>The measure columns, per voice: spans_all, articles_all, ..., unknown_quoted.</summary>
    public static IReadOnlyList<string> Columns { get; } = [.. Voices.SelectMany(v => Measures.Select(m => $"{m}_{v}"))];

    /// <summary>
    /// CREATE TABLE statements of both tables (<paramref name="integer"/>: the dialect's 64-bit integer type;
    /// <paramref name="options"/>: SQLite's WITHOUT ROWID, so the rows are stored once, in key order).
    /// </summary>
    /// <remarks>Migration 4 is built from this and <see cref="BackfillSql"/>: change them only together with a new migration.</remarks>
    public static string CreateSql(string integer, string options = "") =>
        Create(Table, "month TEXT NOT NULL, week TEXT NOT NULL, source TEXT NOT NULL, language TEXT NOT NULL, genre TEXT NOT NULL, technique TEXT NOT NULL", CellKey, integer, options)
        + Create(FrameTable, "frame TEXT NOT NULL, month TEXT NOT NULL, source TEXT NOT NULL, language TEXT NOT NULL, genre TEXT NOT NULL, technique TEXT NOT NULL", FrameKey, integer, options);

    /// <summary>CREATE TABLE of the score-step table (migration 6, built from this and <see cref="ScoreBackfillSql"/>).</summary>
    public static string CreateScoreSql(string integer, string options = "") => Create(ScoreTable, ScoreColumns, ScoreKey, integer, options);

    /// <summary>
    /// CREATE TABLE of the frame-week, fine score-step and score-week tables (migration 7, built from this and
    /// <see cref="WeekAndFineBackfillSql"/>).
    /// </summary>
    public static string CreateWeekAndFineSql(string integer, string options = "") =>
        Create(FrameWeekTable, "frame TEXT NOT NULL, week TEXT NOT NULL, month TEXT NOT NULL, source TEXT NOT NULL, language TEXT NOT NULL, genre TEXT NOT NULL, technique TEXT NOT NULL", FrameWeekKey, integer, options)
        + Create(FineScoreTable, ScoreColumns, ScoreKey, integer, options)
        + Create(ScoreWeekTable, "technique TEXT NOT NULL, step INTEGER NOT NULL, week TEXT NOT NULL, month TEXT NOT NULL, source TEXT NOT NULL, language TEXT NOT NULL, genre TEXT NOT NULL", ScoreWeekKey, integer, options);

    /// <summary>
    /// CREATE TABLE of the frame-pair and frame score-step tables (migration 8, built from this and
    /// <see cref="FrameBackfillSql"/>).
    /// </summary>
    public static string CreateFramePairAndScoreSql(string integer, string options = "") =>
        Create(FramePairTable, "with_frame TEXT NOT NULL, frame TEXT NOT NULL, month TEXT NOT NULL, technique TEXT NOT NULL", FramePairKey, integer, options)
        + Create(FrameScoreTable, "frame TEXT NOT NULL, technique TEXT NOT NULL, step INTEGER NOT NULL, month TEXT NOT NULL", FrameScoreKey, integer, options);

    /// <summary>
    /// CREATE TABLE of the fine score-step tables by week and by frame (migration 9, built from this and
    /// <see cref="FineWeekAndFrameBackfillSql"/>).
    /// </summary>
    public static string CreateFineWeekAndFrameSql(string integer, string options = "") =>
        Create(FineScoreWeekTable, "technique TEXT NOT NULL, step INTEGER NOT NULL, week TEXT NOT NULL, month TEXT NOT NULL", FineScoreWeekKey, integer, options)
        + Create(FineFrameScoreTable, "technique TEXT NOT NULL, step INTEGER NOT NULL, frame TEXT NOT NULL, month TEXT NOT NULL", FineFrameScoreKey, integer, options);

    /// <summary>
    /// CREATE TABLE of the frame score steps keyed by source, language and genre (migration 10, built from this and
    /// <see cref="FrameScoreKeysBackfillSql"/>).
    /// </summary>
    public static string CreateFrameScoreKeysSql(string integer, string options = "") =>
        Create(FrameScoreKeysTable, "frame TEXT NOT NULL, technique TEXT NOT NULL, step INTEGER NOT NULL, source TEXT NOT NULL, language TEXT NOT NULL, genre TEXT NOT NULL", FrameScoreKeysKey, integer, options);

    /// <summary>Adds the contributions of <paramref name="changes"/> (a query of rows <c>analysis_id, sign</c>) to all eleven tables.</summary>
    public static string ApplySql(string changes) =>
        Apply(Table, CellKey, changes) + Apply(FrameTable, FrameKey, changes) + ApplyScores(changes, ScoreTable, Steps, ScoreKey)
        + Apply(FrameWeekTable, FrameWeekKey, changes) + ApplyScores(changes, FineScoreTable, FineSteps, ScoreKey)
        + ApplyScores(changes, ScoreWeekTable, Steps, ScoreWeekKey)
        + Apply(FramePairTable, FramePairKey, changes) + ApplyScores(changes, FrameScoreTable, Steps, FrameScoreKey)
        + ApplyScores(changes, FineScoreWeekTable, FineSteps, FineScoreWeekKey) + ApplyScores(changes, FineFrameScoreTable, FineSteps, FineFrameScoreKey)
        + ApplyScores(changes, FrameScoreKeysTable, Steps, FrameScoreKeysKey);

    /// <summary>The back-fill of migration 4 (the first two tables): every article's current analysis, once.</summary>
    public static string BackfillSql { get; } = Apply(Table, CellKey, Current) + Apply(FrameTable, FrameKey, Current);

    /// <summary>The back-fill of migration 6 (the score-step table).</summary>
    public static string ScoreBackfillSql { get; } = ApplyScores(Current, ScoreTable, Steps, ScoreKey);

    /// <summary>The back-fill of migration 7 (the frame-week, fine score-step and score-week tables).</summary>
    public static string WeekAndFineBackfillSql { get; } =
        Apply(FrameWeekTable, FrameWeekKey, Current) + ApplyScores(Current, FineScoreTable, FineSteps, ScoreKey) + ApplyScores(Current, ScoreWeekTable, Steps, ScoreWeekKey);

    /// <summary>The back-fill of migration 8 (the frame-pair and frame score-step tables).</summary>
    public static string FrameBackfillSql { get; } = Apply(FramePairTable, FramePairKey, Current) + ApplyScores(Current, FrameScoreTable, Steps, FrameScoreKey);

    /// <summary>The back-fill of migration 9 (the fine score steps by week and by frame).</summary>
    public static string FineWeekAndFrameBackfillSql { get; } =
        ApplyScores(Current, FineScoreWeekTable, FineSteps, FineScoreWeekKey) + ApplyScores(Current, FineFrameScoreTable, FineSteps, FineFrameScoreKey);

    /// <summary>The back-fill of migration 10 (the frame score steps by source, language and genre).</summary>
    public static string FrameScoreKeysBackfillSql { get; } = ApplyScores(Current, FrameScoreKeysTable, Steps, FrameScoreKeysKey);

    private const string Current = "SELECT analysis_id, 1 FROM articles WHERE analysis_id IS NOT NULL";

    /// <summary>
    /// Empties every table and fills it again from the current analysis of every article (what the migrations' back-fills
    /// do, for all the tables that <see cref="ApplySql"/> writes).
    /// </summary>
    public static string RebuildSql { get; } =
        string.Concat(new[] { Table, FrameTable, ScoreTable, FrameWeekTable, FineScoreTable, ScoreWeekTable, FramePairTable, FrameScoreTable, FineScoreWeekTable, FineFrameScoreTable, FrameScoreKeysTable }
            .Select(table => $"DELETE FROM {table}; "))
        + ApplySql(Current);

    // The key columns of the score-step tables keyed ScoreKey (0.05 and 0.01 steps).
    private const string ScoreColumns = "technique TEXT NOT NULL, step INTEGER NOT NULL, month TEXT NOT NULL, source TEXT NOT NULL, language TEXT NOT NULL, genre TEXT NOT NULL";

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
    /// Whether the roll-up answers this query exactly, in one part (<see cref="Parts"/>): dates on whole months (it keeps
    /// months, not days), no empty filter value (NULL keys are stored as ''), <c>--by frame --frame</c> only without
    /// <c>--source</c>, <c>--lang</c> and <c>--genre</c> (the frame-pair cells keep months only), and a confidence
    /// threshold only on the 0.05 grid (<see cref="Step"/>) and without <c>--frame</c> (the threshold applies to the
    /// frame's own score, which no table keeps), by frame with <c>--source</c>, <c>--lang</c> or <c>--genre</c> only
    /// without dates (the frame score steps keep months without those keys, or those keys without months).
    /// </summary>
    public static bool Answers(StatsDimension by, CorpusFilter filter) => Parts(by, filter) is [(_, StatsPart.Cells)];

    /// <summary>
    /// The query cut into parts that together hold each matching article exactly once: the whole months of its date
    /// range from the roll-up, and the days before the first and after the last whole month from the span scan; all of
    /// it from the scan when the roll-up cannot answer even on whole months. A threshold t off the 0.05 grid splits the
    /// whole months once more: the score steps at or above the next 0.05 grid point u answer the articles whose best
    /// span (per technique and voice) reaches u; the fine steps (0.01) from t, or from the 0.01 grid point above it, up
    /// to u answer those whose best span lies there (<see cref="StatsPart.FineCells"/>); and only for t off the 0.01 grid
    /// a <see cref="StatsPart.Band"/> part reads the spans in [t, the 0.01 grid point above it) and the articles whose
    /// best span lies there. By week without source, language and genre, the fine steps by week answer every threshold
    /// on the 0.01 grid in one part (and the whole weeks of partial months), so only the band is added off that grid.
    /// Stats are sums over articles and spans, so the parts' counts add up.
    /// </summary>
    public static IReadOnlyList<(CorpusFilter Filter, StatsPart From)> Parts(StatsDimension by, CorpusFilter filter)
    {
        if (!AnswersBesidesDays(by, filter))
        {
            return [(filter, StatsPart.Scan)];
        }

        // The whole months inside [From, To]: from the first 1st on or after From to the last month end on or before To.
        DateOnly? first = filter.From is { Day: not 1 } from ? new DateOnly(from.Year, from.Month, 1).AddMonths(1) : filter.From;
        DateOnly? last = filter.To is { } to && to.AddDays(1).Day != 1 ? new DateOnly(to.Year, to.Month, 1).AddDays(-1) : filter.To;
        var parts = new List<(CorpusFilter Filter, StatsPart From)>();
        // Without a threshold or with one on the 0.05 grid (the score-week table), or by week with one on the 0.01 grid
        // and no source, language or genre (the fine steps by week), the days of partial months come from the week
        // cells where whole weeks of them fit; not by frame with a frame filter or a threshold (the frame-pair and frame
        // score-step cells keep no week).
        var weeks = filter.MinConfidence is not > 0 ? filter.Frame is null || by != StatsDimension.Frame
            : (Step(filter.MinConfidence.Value) is not null && by != StatsDimension.Frame) || FineWeekAnswers(by, filter);
        if (first is { } f && last is { } l && f > l)
        {
            // No whole month: one partial month, or the ends of two adjacent ones.
            var (start, end) = (filter.From!.Value, filter.To!.Value);
            if (start.Month == end.Month && start.Year == end.Year)
            {
                AddDays(parts, filter, start, end, weeks);
            }
            else
            {
                AddDays(parts, filter, start, l, weeks);
                AddDays(parts, filter, f, end, weeks);
            }

            return parts;
        }

        var months = filter with { From = first, To = last };
        if (months.MinConfidence is > 0 and var min && Step(min) is null)
        {
            var onFineGrid = FineStep(min) is not null;
            var fine = months with { MinConfidence = onFineGrid ? min : FineTop(min) };
            if (FineWeekAnswers(by, fine))
            {
                // By week the fine steps by week answer from the threshold, or the 0.01 grid point above it, alone.
                parts.Add((fine, StatsPart.Cells));
            }
            else
            {
                parts.Add((months with { MinConfidence = BandTop(min) }, StatsPart.Cells));
                if (fine.MinConfidence < BandTop(min))
                {
                    parts.Add((fine, StatsPart.FineCells));
                }
            }

            if (!onFineGrid)
            {
                parts.Add((months, StatsPart.Band));
            }
        }
        else
        {
            parts.Add((months, StatsPart.Cells));
        }

        if (filter.From is { } headStart && headStart != first)
        {
            AddDays(parts, filter, headStart, first!.Value.AddDays(-1), weeks);
        }

        if (filter.To is { } tailEnd && tailEnd != last)
        {
            AddDays(parts, filter, last!.Value.AddDays(1), tailEnd, weeks);
        }

        return parts;
    }

    /// <summary>
    /// Adds the days [<paramref name="start"/>, <paramref name="end"/>] of one month: with <paramref name="weeks"/> the
    /// run of whole week cells inside them (a cell holds the days its ISO week shares with its month, so it starts on a
    /// Monday or the 1st and ends on a Sunday or the month's last day) as a <see cref="StatsPart.WeekCells"/> part, and
    /// the days before and after that run (at most six at each end) from the scan; without, all of them from the scan.
    /// </summary>
    private static void AddDays(List<(CorpusFilter Filter, StatsPart From)> parts, CorpusFilter filter, DateOnly start, DateOnly end, bool weeks)
    {
        var cellsFrom = start;
        while (cellsFrom.DayOfWeek != DayOfWeek.Monday && cellsFrom.Day != 1 && cellsFrom <= end)
        {
            cellsFrom = cellsFrom.AddDays(1);
        }

        var cellsTo = end;
        while (cellsTo.DayOfWeek != DayOfWeek.Sunday && cellsTo.AddDays(1).Day != 1 && cellsTo >= start)
        {
            cellsTo = cellsTo.AddDays(-1);
        }

        if (!weeks || cellsFrom > cellsTo)
        {
            parts.Add((filter with { From = start, To = end }, StatsPart.Scan));
            return;
        }

        if (cellsFrom > start)
        {
            parts.Add((filter with { From = start, To = cellsFrom.AddDays(-1) }, StatsPart.Scan));
        }

        parts.Add((filter with { From = cellsFrom, To = cellsTo }, StatsPart.WeekCells));
        if (cellsTo < end)
        {
            parts.Add((filter with { From = cellsTo.AddDays(1), To = end }, StatsPart.Scan));
        }
    }

    /// <summary>
    /// The first 0.05 grid point above a threshold off that grid (0.62 → 0.65): the lower bound of the step after the
    /// threshold's own, so that "score ≥ it" is exactly "step at or above its step".
    /// </summary>
    public static double BandTop(double minConfidence) => (double)(StepOf(minConfidence, Steps) + 1) / Steps;

    /// <summary>The first 0.01 grid point above a threshold off that grid (0.625 → 0.63): where its band ends.</summary>
    public static double FineTop(double minConfidence) => (double)(StepOf(minConfidence, FineSteps) + 1) / FineSteps;

    /// <summary>
    /// The step of a score as the tables store it (<see cref="ApplyScores"/> computes the same in SQL): the truncated
    /// score × n, corrected by comparing the score with the bounds k / n (correctly rounded divisions).
    /// </summary>
    private static int StepOf(double score, int steps)
    {
        var step = (int)(score * steps);
        step -= score < (double)step / steps ? 1 : 0;
        return step + (score >= (double)(step + 1) / steps ? 1 : 0);
    }

    /// <summary>
    /// The score step whose lower bound is exactly <paramref name="minConfidence"/> (0.6 → 12), or null when it is not
    /// on the 0.05 grid (0.62). The bound k / 20 is computed as the database computes it (a correctly rounded division),
    /// so it is the very double that parsing "0.6" gives.
    /// </summary>
    public static int? Step(double minConfidence) => GridStep(minConfidence, Steps);

    /// <summary>The fine step (0.01 grid) whose lower bound is exactly <paramref name="minConfidence"/> (0.62 → 62), or null (0.625).</summary>
    public static int? FineStep(double minConfidence) => GridStep(minConfidence, FineSteps);

    private static int? GridStep(double minConfidence, int steps)
    {
        var step = Math.Round(minConfidence * steps);
        return step / steps == minConfidence ? (int)step : null;
    }

    /// <summary>
    /// The roll-up query: rows (group, technique, spans, articles, words, civic, hostile, violent, unknown) for the voice
    /// of the filter; technique '' rows are the group's totals (absent with a technique filter). With a confidence
    /// threshold the technique rows come from the score-step table (steps at or above it) and the totals from the cells;
    /// for a <see cref="StatsPart.FineCells"/> part only technique rows, from the fine steps between the threshold and
    /// the next 0.05 grid point (the other part holds the totals), by week and by frame from their own fine steps.
    /// </summary>
    public static string QuerySql(StatsDimension by, CorpusFilter filter, DbCommand command, StatsPart part = StatsPart.Cells)
    {
        var group = by switch
        {
            StatsDimension.Source => "c.source",
            StatsDimension.Month => "c.month",
            StatsDimension.Week => "c.week",
            StatsDimension.Genre => "c.genre",
            StatsDimension.Frame => "c.frame",
            _ => "''",
        };
        var sums = string.Join(", ", Measures.Select(m => $"SUM(c.{m}_{filter.Voice.Name()})"));
        // Technique rows give only spans and articles unless a technique filter makes them the totals too (as the
        // reader takes them): SQLite's grouping cost follows the number of sums, and five fewer took it from 77–84 to
        // 55–59 ms over the 44,400 cells of 100k articles.
        var techniqueSums = filter.Technique is null
            ? $"SUM(c.spans_{filter.Voice.Name()}), SUM(c.articles_{filter.Voice.Name()}), 0, 0, 0, 0, 0"
            : sums;
        // Frames: the frame tables; --by frame --frame: the frame-pair table, whose with_frame is the frame asked for.
        var frames = by == StatsDimension.Frame || filter.Frame is not null;
        var pairs = by == StatsDimension.Frame && filter.Frame is not null;
        var conditions = Conditions(filter, command, pairs ? "with_frame" : "frame");
        var weekly = by == StatsDimension.Week || part == StatsPart.WeekCells;
        if (part == StatsPart.WeekCells)
        {
            // Days of one month that whole week cells hold (AddDays): its month (from the conditions) and those weeks.
            conditions += " AND c.week >= @f_week_from AND c.week <= @f_week_to";
            command.With("f_week_from", WeekKey(Midnight(filter.From!.Value))).With("f_week_to", WeekKey(Midnight(filter.To!.Value)));
        }

        // Without a technique filter the fine score steps are read one technique at a time (their key starts with
        // technique, then step), so only the steps asked for are read, not all 333,900 rows at 100k articles: the
        // steps 62–64 of 0.62 took 51–73 → 23–42 ms on SQLite (sqlite3 shell), 69–72 → 19–21 ms on PostgreSQL (psql).
        // Not the 0.05 steps (84,000 rows, 40 % of them read at 0.6): PostgreSQL took 51 → 66 ms so. Not the
        // score-week table: keyed (technique, week, step) it has no range of steps per technique, and read by technique
        // its groups no longer stream in key order (--by week --min-confidence 0.6: 74–90 → 244–282 ms).
        var byTechnique = filter.Technique is null ? $" AND c.technique IN ({TechniquesSql})" : string.Empty;
        // The 0.05 and the 0.01 score steps of the dimension: by frame, by week (or for week cells), or by month.
        var (steps, fineSteps) = by == StatsDimension.Frame ? (MonthKeysSuffice(filter) ? FrameScoreTable : FrameScoreKeysTable, FineFrameScoreTable)
            : weekly ? (ScoreWeekTable, FineScoreWeekTable) : (ScoreTable, FineScoreTable);
        if (part == StatsPart.FineCells)
        {
            var min = filter.MinConfidence ?? 0;
            command.With("f_step", FineStep(min) ?? throw new ArgumentException($"{min} is not on the fine score grid", nameof(filter)))
                .With("f_top", GridStep(BandTop(min), FineSteps)!.Value);
            return $"SELECT {group} AS g, c.technique, {techniqueSums} FROM {fineSteps} c WHERE c.step >= @f_step AND c.step < @f_top{byTechnique}{conditions} GROUP BY 1, 2";
        }

        if (filter.MinConfidence is > 0 and var threshold)
        {
            // By week without source, language and genre: the fine steps by week from the threshold's step up (it has
            // 70,900 rows at 100k articles, the 0.05 steps by week 325,600: --by week --min-confidence 0.6 took 115–123
            // → 40–46 ms on PostgreSQL, 132 → 73 ms on SQLite, their shells).
            var fineWeek = FineWeekAnswers(by, filter);
            command.With("f_step", fineWeek ? FineStep(threshold)!.Value
                : Step(threshold) ?? throw new ArgumentException($"{threshold} is not on the score grid", nameof(filter)));
            var spans = $"SELECT {group} AS g, c.technique, {techniqueSums} FROM {(fineWeek ? FineScoreWeekTable : steps)} c WHERE c.step >= @f_step{conditions} GROUP BY 1, 2";
            return filter.Technique is null
                ? $"SELECT {group} AS g, c.technique, {sums} FROM {(by == StatsDimension.Frame ? FrameTable : Table)} c WHERE c.technique = ''{conditions} GROUP BY 1, 2 UNION ALL {spans}"
                : spans;
        }

        var table = pairs ? FramePairTable : frames ? (weekly ? FrameWeekTable : FrameTable) : Table;
        return filter.Technique is null
            ? $"SELECT {group} AS g, c.technique, {sums} FROM {table} c WHERE c.technique = ''{conditions} GROUP BY 1, 2"
                + $" UNION ALL SELECT {group} AS g, c.technique, {techniqueSums} FROM {table} c WHERE c.technique > ''{conditions} GROUP BY 1, 2"
            : $"SELECT {group} AS g, c.technique, {sums} FROM {table} c WHERE 1 = 1{conditions} GROUP BY 1, 2";
    }

    /// <summary>
    /// The techniques that have spans (the score-step table's distinct techniques) by a loose index scan, one probe
    /// per technique: a DISTINCT read all 83,500 score cells at 100k articles (47 ms on PostgreSQL).
    /// </summary>
    public static string TechniquesSql { get; } = $"""
        WITH RECURSIVE t (technique) AS (
            SELECT MIN(technique) FROM {ScoreTable}
            UNION ALL SELECT (SELECT MIN(n.technique) FROM {ScoreTable} n WHERE n.technique > t.technique) FROM t WHERE t.technique IS NOT NULL)
        SELECT technique FROM t WHERE technique IS NOT NULL
        """;

    /// <summary>The month key of a UTC time, as articles.month and the cells store it ("2025-03").</summary>
    public static string MonthKey(DateTime utc) => utc.ToString("yyyy-MM", CultureInfo.InvariantCulture);

    /// <summary>The ISO week key of a UTC time, as articles.week and the cells store it ("2025-W11").</summary>
    public static string WeekKey(DateTime utc) =>
        string.Create(CultureInfo.InvariantCulture, $"{ISOWeek.GetYear(utc)}-W{ISOWeek.GetWeekOfYear(utc):00}");

    private static DateTime Midnight(DateOnly day) => day.ToDateTime(TimeOnly.MinValue, DateTimeKind.Utc);

    // One roll-up table: its key columns, then every measure column, keyed in the given order.
    private static string Create(string table, string keyColumns, string[] key, string integer, string options)
    {
        var measures = string.Join(",\n    ", Columns.Select(c => $"{c} {integer} NOT NULL"));
        return $"""
            CREATE TABLE {table} (
                {keyColumns},
                {measures},
                PRIMARY KEY ({string.Join(", ", key)})
            ){options};

            """;
    }

    /// <summary>
    /// Whether <c>--by week</c> reads its threshold's technique rows from the fine steps by week alone: the threshold is
    /// on the 0.01 grid, and there is no source, language or genre filter (those steps are keyed by week and month only).
    /// </summary>
    private static bool FineWeekAnswers(StatsDimension by, CorpusFilter filter) =>
        by == StatsDimension.Week && MonthKeysSuffice(filter) && filter.MinConfidence is { } min && FineStep(min) is not null;

    // Whether the tables keyed by month only (frame pairs, frame score steps, fine steps by week and by frame) can answer.
    private static bool MonthKeysSuffice(CorpusFilter filter) => (filter.Source ?? filter.Language ?? filter.Genre) is null;

    private static bool AnswersBesidesDays(StatsDimension by, CorpusFilter filter)
    {
        if (!new[] { filter.Technique, filter.Frame, filter.Genre, filter.Source, filter.Language }.All(v => v is null || v.Length > 0))
        {
            return false;
        }

        // The frame-pair and frame score-step cells are keyed by month only: no source, language or genre.
        var monthKeysSuffice = MonthKeysSuffice(filter);
        if (filter.MinConfidence is not > 0)
        {
            return filter.Frame is null || by != StatsDimension.Frame || monthKeysSuffice; // the frame-pair cells
        }

        // A threshold applies to the frame asked for too (its score must reach it), and no table keys frame scores. By
        // frame the frame score steps by month (0.05 and 0.01), or with source, language or genre on the 0.05 grid and
        // without dates those keyed by them; by week off the 0.05 grid only without them (the fine score steps by week
        // keep no source, language or genre; the 0.05 steps by week do).
        return filter.Frame is null && by switch
        {
            StatsDimension.Frame => monthKeysSuffice || (Step(filter.MinConfidence.Value) is not null && filter.From is null && filter.To is null),
            StatsDimension.Week => Step(filter.MinConfidence.Value) is not null || monthKeysSuffice,
            _ => true,
        };
    }

    // The filter's conditions on roll-up rows of alias c, starting with " AND " (whole months only, see Answers).
    private static string Conditions(CorpusFilter filter, DbCommand command, string frameColumn)
    {
        var conditions = new StringBuilder();
        if (filter.Technique is { } technique)
        {
            conditions.Append(" AND c.technique = @f_technique");
            command.With("f_technique", technique);
        }

        if (filter.Frame is { } frame)
        {
            conditions.Append($" AND c.{frameColumn} = @f_frame");
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

        // Published >= the 1st of a month is month >= it; '' (no date) never matches.
        if (filter.From is { } from)
        {
            conditions.Append(" AND c.month <> '' AND c.month >= @f_from");
            command.With("f_from", MonthKey(Midnight(from)));
        }

        if (filter.To is { } to)
        {
            conditions.Append(" AND c.month <> '' AND c.month <= @f_to");
            command.With("f_to", MonthKey(Midnight(to)));
        }

        return conditions.ToString();
    }

    private static string Apply(string table, string[] key, string changes)
    {
        var frames = key.Contains("frame");
        // The key of an article's cell; the frame tables have one cell per frame (or pair of frames) of the analysis
        // (none without frames).
        var keyExpressions = new List<string>();
        foreach (var column in key.Where(k => k != "technique"))
        {
            keyExpressions.Add(column switch
            {
                "frame" => "fr.frame AS frame",
                "with_frame" => "wf.frame AS with_frame",
                "genre" => "an.genre AS genre",
                _ => $"COALESCE(a.{column}, '') AS {column}",
            });
        }

        var keys = string.Join(", ", keyExpressions);
        var groupColumns = string.Join(", ", keyExpressions.Select(e => e[..e.IndexOf(" AS ", StringComparison.Ordinal)]));
        var from = "ch JOIN analyses an ON an.id = ch.analysis_id JOIN articles a ON a.id = an.article_id"
            + (frames ? " JOIN frames fr ON fr.analysis_id = an.id" : string.Empty)
            + (key.Contains("with_frame") ? " JOIN frames wf ON wf.analysis_id = an.id" : string.Empty);
        const string author = "CASE WHEN sp.voice = 'author' THEN 1 ELSE 0 END";
        const string quoted = "CASE WHEN sp.voice IN ('quoted', 'reported') THEN 1 ELSE 0 END";
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
            {Upsert(table, key)}
            """;
    }

    /// <summary>
    /// The score-step table's share of the changes: per analysis, technique and step, the spans whose score is in the
    /// step, and (h_...) 1 on the step of the technique's best span in each voice, so the articles with a span at or
    /// above a threshold are those counted on the steps at or above it.
    /// </summary>
    private static string ApplyScores(string changes, string table, int steps, string[] key)
    {
        var frames = key.Contains("frame");
        // The step of a score, exactly: the CAST truncates (SQLite) or rounds (PostgreSQL), both within one of floor(n s);
        // the two comparisons with k / n (a correctly rounded division, as in StepOf) put it right.
        var approximate = $"CAST(sp.score * {steps} AS INTEGER)";
        var step = $"({approximate} - CASE WHEN sp.score < {approximate} / {steps}.0 THEN 1 ELSE 0 END"
            + $" + CASE WHEN sp.score >= ({approximate} + 1) / {steps}.0 THEN 1 ELSE 0 END)";
        // The best step per voice by a window over the analysis's (step, technique) groups: a join of the groups with
        // their maxima made SQLite scan the maxima once per group (quadratic in the batch).
        return $"""
            WITH ch (analysis_id, sign) AS ({changes}),
            s0 AS (
                SELECT ch.analysis_id AS analysis_id, ch.sign AS sign, sp.technique AS technique, {step} AS step,
                       CASE WHEN sp.voice = 'author' THEN 1 ELSE 0 END AS au, CASE WHEN sp.voice IN ('quoted', 'reported') THEN 1 ELSE 0 END AS qu
                FROM ch JOIN spans sp ON sp.analysis_id = ch.analysis_id),
            sb AS (
                SELECT analysis_id, sign, technique, step, COUNT(*) AS n_all, SUM(au) AS n_author, SUM(qu) AS n_quoted
                FROM s0 GROUP BY analysis_id, sign, technique, step),
            w AS (
                SELECT sb.*, MAX(step) OVER p AS m_all, MAX(CASE WHEN n_author > 0 THEN step END) OVER p AS m_author,
                       MAX(CASE WHEN n_quoted > 0 THEN step END) OVER p AS m_quoted
                FROM sb WINDOW p AS (PARTITION BY analysis_id, sign, technique)),
            x AS (
                SELECT w.sign AS sign, w.technique AS technique, w.step AS step, {(frames ? "fr.frame AS frame, " : string.Empty)}{(key.Contains("week") ? "COALESCE(a.week, '') AS week, " : string.Empty)}COALESCE(a.month, '') AS month,
                       COALESCE(a.source, '') AS source, COALESCE(a.language, '') AS language, an.genre AS genre,
                       w.n_all AS n_all, CASE WHEN w.step = w.m_all THEN 1 ELSE 0 END AS h_all,
                       w.n_author AS n_author, CASE WHEN w.step = w.m_author THEN 1 ELSE 0 END AS h_author,
                       w.n_quoted AS n_quoted, CASE WHEN w.step = w.m_quoted THEN 1 ELSE 0 END AS h_quoted,
                       a.words AS words, an.action_flag AS flag
                FROM w JOIN analyses an ON an.id = w.analysis_id JOIN articles a ON a.id = an.article_id{(frames ? " JOIN frames fr ON fr.analysis_id = an.id" : string.Empty)})
            {Upsert(table, key)}
            """;
    }

    // Sums the rows x (sign, key columns, n_/h_ per voice, words, flag) into the table's cells, in key order.
    private static string Upsert(string table, string[] key)
    {
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
            INSERT INTO {table} ({allKey}, {string.Join(", ", Columns)})
            SELECT {allKey}, {string.Join(", ", measures)}
            FROM x WHERE 1 = 1 GROUP BY {allKey} ORDER BY {allKey}
            ON CONFLICT ({allKey}) DO UPDATE SET {updates};

            """;
    }
}
