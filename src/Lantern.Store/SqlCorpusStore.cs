using System.Data.Common;
using System.Globalization;
using System.Text;
using Lantern.Actions;
using Lantern.Analysis;
using Lantern.Analysis.Explanations;
using Lantern.Articles;
using Lantern.Errors;
using Lantern.Store.Internal;
using Lantern.Taxonomy;
using Lantern.Text;

namespace Lantern.Store;

/// <summary>
/// The store over SQL shared by both dialects: one set of queries, with the few dialect differences (identity
/// columns, timestamps, full-text search, queue locking) left to <see cref="SqliteCorpusStore"/> and
/// <see cref="PostgresCorpusStore"/>.
/// </summary>
public abstract class SqlCorpusStore : ICorpusStore
{
    // Rows per multi-row INSERT: well under both engines' limits on parameters per statement.
    private const int RowsPerInsert = 400;

    private protected SqlCorpusStore()
    {
    }

    public abstract string Dialect { get; }

    public abstract string Location { get; }

    public int LatestSchemaVersion => MigrationList.Count;

    private protected abstract IReadOnlyList<string> MigrationList { get; }

    /// <summary>An SQL expression for the database clock in Unix milliseconds (queue leases use the database's clock, not the workers').</summary>
    private protected abstract string NowMilliseconds { get; }

    private protected abstract Task<DbConnection> OpenAsync(CancellationToken cancellationToken);

    private protected abstract Task<bool> SchemaTableExistsAsync(DbConnection connection, DbTransaction? transaction, CancellationToken cancellationToken);

    /// <summary>Serialises migrations between processes (PostgreSQL: an advisory lock; SQLite's write lock does it already).</summary>
    private protected virtual Task LockForMigrationAsync(DbConnection connection, DbTransaction transaction, CancellationToken cancellationToken) =>
        Task.CompletedTask;

    /// <summary>
    /// The articles <c>a</c> where the spans drive the query and join them by <c>a.analysis_id = an.id</c> (the band):
    /// through the index articles_stats (analysis id, then the columns that stats group and filter by; migration 8), so
    /// each span's article is one probe of a small index instead of a read of its row with the text. SQLite is told to
    /// use it: without a hint it may take the source index for a --source filter and read every article of the source
    /// per span. PostgreSQL finds it itself.
    /// </summary>
    private protected virtual string StatsArticles => "articles a INDEXED BY articles_stats";

    /// <summary>
    /// Put before the band's statements (<see cref="AddBandCountsAsync"/>). PostgreSQL compiled them with its JIT (their
    /// cost estimate passes jit_above_cost) for about half of their time: 2,067–2,087 ms with it, 1,069–1,196 ms
    /// without (100k articles, runs interleaved). Only there: the common-word search ranks faster with it (175–187 ms
    /// against 235–236). The setting ends with the pooled connection's session (Npgsql resets it on return).
    /// </summary>
    private protected virtual string WithoutJit => string.Empty;

    private protected abstract object Time(DateTimeOffset value);

    private protected abstract DateTimeOffset? ReadTime(DbDataReader reader, int ordinal);

    /// <summary>Indexes a new article for full-text search where the engine does not do it by itself.</summary>
    private protected virtual Task IndexTextAsync(DbConnection connection, DbTransaction transaction, long articleId, Article article, CancellationToken cancellationToken) =>
        Task.CompletedTask;

    /// <summary>
    /// The ranking query over the ids @lo..@hi: columns id, rank (higher is better), ordered by rank descending then id,
    /// at most @limit rows. Only the index and, with <paramref name="conditions"/>, the filter's tables are read.
    /// </summary>
    private protected abstract string RankSql(string conditions);

    /// <summary>The hits of ranked ids (<paramref name="ids"/>: an SQL list): columns id, external_id, title, source, url, published, snippet, analysis_id.</summary>
    private protected abstract string HitsSql(string ids);

    private protected abstract string SearchTerms(string words);

    /// <summary>The claim statement: sets the lease of up to @count free rows and returns their article_id.</summary>
    private protected abstract string ClaimSql { get; }

    /// <summary>" FOR UPDATE" where the engine locks rows read in a transaction (PostgreSQL); SQLite's write lock covers it.</summary>
    private protected virtual string LockForUpdate => string.Empty;

    public abstract Task<long> SizeBytesAsync(CancellationToken cancellationToken = default);

    public abstract ValueTask DisposeAsync();

    public async Task<int> SchemaVersionAsync(CancellationToken cancellationToken = default)
    {
        await using var connection = await OpenAsync(cancellationToken);
        return await VersionAsync(connection, null, cancellationToken);
    }

    public async Task<IReadOnlyList<int>> MigrateAsync(CancellationToken cancellationToken = default)
    {
        await using var connection = await OpenAsync(cancellationToken);
        await using (var create = Db.Command(connection, null, "CREATE TABLE IF NOT EXISTS schema_version (version INTEGER PRIMARY KEY, applied TEXT NOT NULL)"))
        {
            await create.ExecuteNonQueryAsync(cancellationToken);
        }

        var applied = new List<int>();
        while (true)
        {
            await using var transaction = await connection.BeginTransactionAsync(cancellationToken);
            await LockForMigrationAsync(connection, transaction, cancellationToken);
            var version = await VersionAsync(connection, transaction, cancellationToken);
            if (version > MigrationList.Count)
            {
                throw LanternErrors.SchemaTooNew(Location, version, MigrationList.Count);
            }

            if (version == MigrationList.Count)
            {
                await transaction.CommitAsync(cancellationToken);
                return applied;
            }

            await using (var migrate = Db.Command(connection, transaction, MigrationList[version]))
            {
                await migrate.ExecuteNonQueryAsync(cancellationToken);
            }

            await using (var record = Db.Command(connection, transaction, "INSERT INTO schema_version (version, applied) VALUES (@v, @at)"))
            {
                record.With("v", version + 1).With("at", DateTimeOffset.UtcNow.ToString("O", CultureInfo.InvariantCulture));
                await record.ExecuteNonQueryAsync(cancellationToken);
            }

            await transaction.CommitAsync(cancellationToken);
            applied.Add(version + 1);
        }
    }

    public async Task<int> UpsertSourcesAsync(IReadOnlyList<SourceRecord> sources, CancellationToken cancellationToken = default)
    {
        await using var connection = await OpenAsync(cancellationToken);
        await using var transaction = await connection.BeginTransactionAsync(cancellationToken);
        foreach (var source in sources)
        {
            await using var command = Db.Command(connection, transaction, """
                INSERT INTO sources (domain, name, country, language, orientation, tags) VALUES (@d, @n, @c, @l, @o, @t)
                ON CONFLICT (domain) DO UPDATE SET name = excluded.name, country = excluded.country, language = excluded.language,
                    orientation = excluded.orientation, tags = excluded.tags
                """);
            command.With("d", source.Domain).With("n", source.Name).With("c", source.Country).With("l", source.Language)
                .With("o", source.Orientation).With("t", string.Join(';', source.Tags));
            await command.ExecuteNonQueryAsync(cancellationToken);
        }

        await transaction.CommitAsync(cancellationToken);
        return sources.Count;
    }

    public async Task<IReadOnlyList<SourceRecord>> SourcesAsync(CancellationToken cancellationToken = default)
    {
        await using var connection = await OpenAsync(cancellationToken);
        await using var command = Db.Command(connection, null, "SELECT domain, name, country, language, orientation, tags FROM sources ORDER BY domain");
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        var list = new List<SourceRecord>();
        while (await reader.ReadAsync(cancellationToken))
        {
            list.Add(new SourceRecord(
                reader.GetString(0), reader.GetString(1), reader.NullableString(2), reader.NullableString(3), reader.NullableString(4),
                reader.GetString(5).Split(';', StringSplitOptions.RemoveEmptyEntries)));
        }

        return list;
    }

    public async Task<IReadOnlySet<string>> ExistingHashesAsync(IReadOnlyCollection<string> hashes, CancellationToken cancellationToken = default)
    {
        var found = new HashSet<string>(StringComparer.Ordinal);
        if (hashes.Count == 0)
        {
            return found;
        }

        await using var connection = await OpenAsync(cancellationToken);
        foreach (var chunk in hashes.Chunk(RowsPerInsert))
        {
            await using var command = Db.Command(connection, null, string.Empty);
            command.CommandText = $"SELECT content_hash FROM articles WHERE content_hash IN ({InList(command, "h", chunk)})";
            await using var reader = await command.ExecuteReaderAsync(cancellationToken);
            while (await reader.ReadAsync(cancellationToken))
            {
                found.Add(reader.GetString(0));
            }
        }

        return found;
    }

    public async Task<SaveResult> SaveAsync(IReadOnlyList<CorpusEntry> entries, CancellationToken cancellationToken = default)
    {
        if (entries.Count == 0)
        {
            return new SaveResult(0, 0, 0);
        }

        await using var connection = await OpenAsync(cancellationToken);
        await using var transaction = await connection.BeginTransactionAsync(cancellationToken);
        int added = 0, duplicates = 0, queued = 0;
        var changes = new List<(long Analysis, int Sign)>();
        foreach (var entry in entries)
        {
            var id = await InsertArticleAsync(connection, transaction, entry, cancellationToken);
            if (id is not { } articleId)
            {
                duplicates++;
                continue;
            }

            added++;
            if (entry.Analysis is { } analysis)
            {
                await InsertAnalysisAsync(connection, transaction, articleId, analysis, changes, newArticle: true, cancellationToken);
            }
            else
            {
                await using var enqueue = Db.Command(connection, transaction, "INSERT INTO queue (article_id, enqueued) VALUES (@id, @at) ON CONFLICT (article_id) DO NOTHING");
                enqueue.With("id", articleId).With("at", Time(DateTimeOffset.UtcNow));
                await enqueue.ExecuteNonQueryAsync(cancellationToken);
                queued++;
            }
        }

        await StatsCells.ApplyAsync(connection, transaction, changes, cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        return new SaveResult(added, duplicates, queued);
    }

    public async Task<SaveResult> BulkSaveAsync(IReadOnlyList<CorpusEntry> entries, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(entries);
        if (entries.Any(e => e.Analysis is null))
        {
            throw new ArgumentException("BulkSaveAsync stores analysed entries only: queue articles with SaveAsync", nameof(entries));
        }

        var seen = new HashSet<string>(await ExistingHashesAsync([.. entries.Select(e => e.Hash).Distinct(StringComparer.Ordinal)], cancellationToken), StringComparer.Ordinal);
        var fresh = entries.Where(e => seen.Add(e.Hash)).ToList();
        if (fresh.Count == 0)
        {
            return new SaveResult(0, entries.Count, 0);
        }

        await using var connection = await OpenAsync(cancellationToken);
        await using var transaction = await connection.BeginTransactionAsync(cancellationToken);
        var (articleIds, analysisIds) = await ReserveIdsAsync(connection, transaction, fresh.Count, cancellationToken);
        var rows = BulkTables.Columns.Keys.ToDictionary(t => t, _ => new List<object?[]>(), StringComparer.Ordinal);
        var now = DateTimeOffset.UtcNow;
        for (var i = 0; i < fresh.Count; i++)
        {
            AddBulkRows(rows, fresh[i], articleIds[i], analysisIds[i], now);
        }

        await WriteBulkAsync(connection, transaction, rows, cancellationToken);
        await StatsCells.ApplyAsync(connection, transaction, [.. analysisIds.Select(id => (id, 1))], cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        return new SaveResult(fresh.Count, entries.Count - fresh.Count, 0);
    }

    /// <summary>Ids for <paramref name="count"/> new articles and as many analyses, unused by anyone else.</summary>
    private protected abstract Task<(long[] Articles, long[] Analyses)> ReserveIdsAsync(DbConnection connection, DbTransaction transaction, int count, CancellationToken cancellationToken);

    /// <summary>Writes the rows of a bulk save (per table of <see cref="BulkTables.Columns"/>, values in that column order) by the engine's fastest path.</summary>
    private protected abstract Task WriteBulkAsync(DbConnection connection, DbTransaction transaction, IReadOnlyDictionary<string, List<object?[]>> rows, CancellationToken cancellationToken);

    // The same values as InsertArticleAsync and InsertAnalysisAsync write, with the ids given and the analysis current at once.
    private void AddBulkRows(Dictionary<string, List<object?[]>> rows, CorpusEntry entry, long articleId, long analysisId, DateTimeOffset now)
    {
        var article = entry.Article;
        var analysis = entry.Analysis!;
        var published = article.Published?.ToUniversalTime();
        rows["articles"].Add(
        [
            articleId, article.Id, entry.Source ?? article.Source, article.Url, article.Title, published is { } p ? Time(p) : null,
            published is { } m ? StatsCells.MonthKey(m.UtcDateTime) : null,
            published is { } w ? StatsCells.WeekKey(w.UtcDateTime) : null,
            article.Language, article.Author, article.Format, article.Text,
            article.TitleSpan?.Start, article.TitleSpan?.Length, article.BodySpan?.Start, article.BodySpan?.Length,
            ContentHash.Words(article.Text), entry.Hash, analysisId, Time(now),
        ]);
        var genreScore = analysis.Genre.Scores.FirstOrDefault(s => s.Label == analysis.Genre.Label)?.Score ?? 0;
        rows["analyses"].Add(
        [
            analysisId, articleId, analysis.Model, analysis.Genre.Label, genreScore, analysis.Language.Code, Time(now),
            ActionFlagName(analysis.CallsToAction.Flag), analysis.CallsToAction.Calls.Count(c => !c.Voice.IsOthers),
        ]);
        rows["frames"].AddRange(analysis.Frames.Select(f => new object?[] { analysisId, f.Label, f.Score }));
        rows["paragraph_labels"].AddRange(analysis.Paragraphs.SelectMany(p => p.Techniques.Select(t => new object?[] { analysisId, p.Index, p.Line, p.Start, p.Length, t.Label, t.Score })));
        rows["spans"].AddRange(analysis.Spans.Select(s => new object?[] { analysisId, s.Technique, s.Start, s.Length, s.Score, s.Text, s.Voice.Name }));
        rows["embeddings"].AddRange(analysis.Embeddings.Select(e => new object?[] { analysisId, e.Kind, e.Technique, e.Start, e.Length, VectorCodec.Encode(e.Vector) }));
    }

    public async Task<IReadOnlyList<QueuedArticle>> ClaimAsync(string worker, int count, TimeSpan lease, CancellationToken cancellationToken = default)
    {
        await using var connection = await OpenAsync(cancellationToken);
        var ids = new List<long>();
        await using (var claim = Db.Command(connection, null, ClaimSql))
        {
            claim.With("worker", worker).With("count", count).With("lease", (long)lease.TotalMilliseconds);
            await using var reader = await claim.ExecuteReaderAsync(cancellationToken);
            while (await reader.ReadAsync(cancellationToken))
            {
                ids.Add(reader.Long(0));
            }
        }

        if (ids.Count == 0)
        {
            return [];
        }

        await using var load = Db.Command(connection, null, string.Empty);
        load.CommandText = $"""
            SELECT id, external_id, text, title, title_start, title_length, body_start, body_length, source, url, published, language, author, format
            FROM articles WHERE id IN ({InList(load, "id", ids.Cast<object>())}) ORDER BY id
            """;
        await using var rows = await load.ExecuteReaderAsync(cancellationToken);
        var articles = new List<QueuedArticle>(ids.Count);
        while (await rows.ReadAsync(cancellationToken))
        {
            var article = new Article
            {
                Id = rows.GetString(1),
                Text = rows.GetString(2),
                Title = rows.NullableString(3),
                TitleSpan = rows.NullableInt(4) is { } ts && rows.NullableInt(5) is { } tl ? new TextSpan(ts, tl) : null,
                BodySpan = rows.NullableInt(6) is { } bs && rows.NullableInt(7) is { } bl ? new TextSpan(bs, bl) : null,
                Source = rows.NullableString(8),
                Url = rows.NullableString(9),
                Published = ReadTime(rows, 10),
                Language = rows.NullableString(11),
                Author = rows.NullableString(12),
                Format = rows.GetString(13),
            };
            articles.Add(new QueuedArticle(rows.Long(0), article));
        }

        return articles;
    }

    public async Task<bool> CompleteAsync(long articleId, ArticleAnalysis analysis, CancellationToken cancellationToken = default)
    {
        await using var connection = await OpenAsync(cancellationToken);
        await using var transaction = await connection.BeginTransactionAsync(cancellationToken);
        var changes = new List<(long Analysis, int Sign)>();
        var added = await InsertAnalysisAsync(connection, transaction, articleId, analysis, changes, newArticle: false, cancellationToken);
        await StatsCells.ApplyAsync(connection, transaction, changes, cancellationToken);
        await using (var dequeue = Db.Command(connection, transaction, "DELETE FROM queue WHERE article_id = @id"))
        {
            dequeue.With("id", articleId);
            await dequeue.ExecuteNonQueryAsync(cancellationToken);
        }

        await transaction.CommitAsync(cancellationToken);
        return added;
    }

    public async Task RemoveFromQueueAsync(long articleId, CancellationToken cancellationToken = default)
    {
        await using var connection = await OpenAsync(cancellationToken);
        await using var command = Db.Command(connection, null, "DELETE FROM queue WHERE article_id = @id");
        command.With("id", articleId);
        await command.ExecuteNonQueryAsync(cancellationToken);
    }

    public async Task<bool> HasAnalysisAsync(long articleId, string model, CancellationToken cancellationToken = default)
    {
        await using var connection = await OpenAsync(cancellationToken);
        await using var command = Db.Command(connection, null, "SELECT COUNT(*) FROM analyses WHERE article_id = @id AND model = @model");
        command.With("id", articleId).With("model", model);
        return Db.ToLong(await command.ExecuteScalarAsync(cancellationToken)) > 0;
    }

    public async Task<bool> AddAnalysisAsync(long articleId, ArticleAnalysis analysis, CancellationToken cancellationToken = default)
    {
        await using var connection = await OpenAsync(cancellationToken);
        await using var transaction = await connection.BeginTransactionAsync(cancellationToken);
        var changes = new List<(long Analysis, int Sign)>();
        var added = await InsertAnalysisAsync(connection, transaction, articleId, analysis, changes, newArticle: false, cancellationToken);
        await StatsCells.ApplyAsync(connection, transaction, changes, cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        return added;
    }

    public async Task<CorpusCounts> CountsAsync(CancellationToken cancellationToken = default)
    {
        await using var connection = await OpenAsync(cancellationToken);
        await using var command = Db.Command(connection, null, """
            SELECT (SELECT COUNT(*) FROM articles), (SELECT COUNT(*) FROM analyses), (SELECT COUNT(*) FROM spans),
                   (SELECT COUNT(*) FROM queue), (SELECT COUNT(*) FROM sources)
            """);
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        await reader.ReadAsync(cancellationToken);
        return new CorpusCounts(reader.Long(0), reader.Long(1), reader.Long(2), reader.Long(3), reader.Long(4));
    }

    /// <summary>
    /// Ranking of a corpus larger than this many ids is split into id ranges ranked at the same time, one connection and
    /// core each (<see cref="SearchPartitions"/>). Internal so tests can split small corpora.
    /// </summary>
    internal long PartitionedSearchFrom { get; set; } = 20_000;

    /// <summary>
    /// Id ranges ranked at the same time by <see cref="SearchAsync"/>. SQLite: one per core, at most 4; PostgreSQL: 1, as
    /// the server already splits a large scan among its parallel workers.
    /// </summary>
    internal int SearchPartitions { get; set; } = 1;

    /// <summary>
    /// A filtered search first ranks this many times <c>limit</c> best matches without the filter and keeps those that
    /// pass (see <see cref="SearchAsync"/>); 0 ranks with the filter at once. Internal so tests can force either path.
    /// </summary>
    internal int FilteredSearchCandidates { get; set; } = 10;

    /// <remarks>
    /// Ranking visits every match, so a common word costs time linear in the corpus. On a large corpus the ids are cut
    /// into <see cref="SearchPartitions"/> ranges ranked at the same time on their own connections, each keeping its
    /// top <paramref name="limit"/>; merged by (rank, id) they give exactly the top of the whole corpus, as both engines
    /// score a row with statistics of the whole index (bm25's document counts, ts_rank needs none), not of the range.
    /// A filter is applied to the best <see cref="FilteredSearchCandidates"/> × <paramref name="limit"/> unfiltered matches
    /// first (see the body). The articles and their snippets are then read for the hits shown only.
    /// </remarks>
    public async Task<IReadOnlyList<SearchHit>> SearchAsync(string words, CorpusFilter filter, int limit, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(filter);
        var terms = SearchTerms(words);
        await using var connection = await OpenAsync(cancellationToken);
        long first, last;
        await using (var bounds = Db.Command(connection, null, "SELECT COALESCE(MIN(id), 0), COALESCE(MAX(id), 0) FROM articles"))
        await using (var reader = await bounds.ExecuteReaderAsync(cancellationToken))
        {
            await reader.ReadAsync(cancellationToken);
            (first, last) = (reader.Long(0), reader.Long(1));
        }

        var parts = last - first + 1 >= PartitionedSearchFrom ? SearchPartitions : 1;
        var width = (last - first + 1 + parts - 1) / parts;
        var ranges = Enumerable.Range(0, parts).Select(p => (Lo: first + p * width, Hi: Math.Min(last, first + (p + 1) * width - 1))).ToList();

        async Task<List<(long Id, double Rank)>> TopAsync(CorpusFilter rankedFilter, int count)
        {
            var ranked = parts == 1
                ? [await RankAsync(connection, terms, rankedFilter, count, ranges[0], cancellationToken)]
                : await Task.WhenAll(ranges.Select(range => Task.Run(
                    async () =>
                    {
                        // On a pool thread each: Microsoft.Data.Sqlite runs "async" commands synchronously on the caller.
                        await using var own = await OpenAsync(cancellationToken);
                        return await RankAsync(own, terms, rankedFilter, count, range, cancellationToken);
                    },
                    cancellationToken)));
            return [.. ranked.SelectMany(r => r).OrderByDescending(r => r.Rank).ThenBy(r => r.Id).Take(count)];
        }

        List<(long Id, double Rank)> top;
        await using (var probe = Db.Command(connection, null, string.Empty))
        {
            if (FilteredSearchCandidates < 1 || FilterSql.Conditions(filter, probe, Time).Length == 0)
            {
                top = await TopAsync(filter, limit);
            }
            else
            {
                // A filter joins every match to its article, analysis and spans. A row's rank does not depend on the
                // filter, so the filtered top is the unfiltered ranking with the failing rows left out: rank without
                // the filter (the index alone), keep the best candidates that pass, and only when too few pass among
                // them (and the candidates were not all the matches) rank again with the filter. Exact either way.
                var candidates = limit * FilteredSearchCandidates;
                var unfiltered = await TopAsync(CorpusFilter.None, candidates);
                var passing = await PassingAsync(connection, filter, unfiltered.Select(u => u.Id).ToList(), cancellationToken);
                var kept = unfiltered.Where(u => passing.Contains(u.Id)).ToList();
                top = kept.Count >= limit || unfiltered.Count < candidates ? [.. kept.Take(limit)] : await TopAsync(filter, limit);
            }
        }

        var rows = new Dictionary<long, (SearchHit Hit, long? Analysis)>();
        if (top.Count > 0)
        {
            await using var command = Db.Command(connection, null, string.Empty);
            command.CommandText = HitsSql(InList(command, "id", top.Select(t => (object)t.Id)));
            command.With("q", terms);
            await using var reader = await command.ExecuteReaderAsync(cancellationToken);
            while (await reader.ReadAsync(cancellationToken))
            {
                var hit = new SearchHit(
                    reader.Long(0), reader.GetString(1), reader.NullableString(2), reader.NullableString(3), reader.NullableString(4),
                    ReadTime(reader, 5), 0, reader.NullableString(6) ?? string.Empty, []);
                rows[hit.ArticleId] = (hit, reader.IsDBNull(7) ? null : reader.Long(7));
            }
        }

        var hits = top.Where(t => rows.ContainsKey(t.Id)).Select(t => (Hit: rows[t.Id].Hit with { Rank = t.Rank }, rows[t.Id].Analysis)).ToList();

        var analyses = hits.Where(h => h.Analysis is not null).Select(h => (object)h.Analysis!.Value).ToList();
        var techniques = new Dictionary<long, List<TechniqueCount>>();
        if (analyses.Count > 0)
        {
            await using var command = Db.Command(connection, null, string.Empty);
            command.CommandText = $"""
                SELECT analysis_id, technique, COUNT(*) FROM spans sp WHERE analysis_id IN ({InList(command, "a", analyses)}){FilterSql.SpanConditions(filter, command, "sp")}
                GROUP BY analysis_id, technique
                """;
            await using var reader = await command.ExecuteReaderAsync(cancellationToken);
            while (await reader.ReadAsync(cancellationToken))
            {
                var id = reader.Long(0);
                if (!techniques.TryGetValue(id, out var list))
                {
                    techniques[id] = list = [];
                }

                list.Add(new TechniqueCount(reader.GetString(1), (int)reader.Long(2)));
            }
        }

        return [.. hits.Select(h => h.Hit with
        {
            Voice = filter.Voice.Name(),
            Techniques = h.Analysis is { } a && techniques.TryGetValue(a, out var list)
                ? [.. list.OrderByDescending(t => t.Spans).ThenBy(t => t.Technique, StringComparer.Ordinal)]
                : [],
        })];
    }

    public Task<IReadOnlyList<StatsRow>> StatsAsync(StatsDimension by, CorpusFilter filter, CancellationToken cancellationToken = default) =>
        StatsAsync(by, filter, fromRollUp: true, cancellationToken);

    /// <summary>
    /// Stats from the roll-up where it answers (<paramref name="fromRollUp"/>: the parts of <see cref="StatsCells.Parts"/>,
    /// whole months from the cells, the days around them from the scan, the score band below the next 0.01 grid point of
    /// a threshold off that grid from its spans) or all from a scan of every span of the
    /// matching articles (<paramref name="fromRollUp"/> false); both give the same rows (tested).
    /// </summary>
    internal async Task<IReadOnlyList<StatsRow>> StatsAsync(StatsDimension by, CorpusFilter filter, bool fromRollUp, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(filter);
        // The parts hold disjoint articles, so their counts add up. Each is read on its own connection, all at the same
        // time (on a pool thread each: Microsoft.Data.Sqlite runs "async" commands synchronously on the caller), so a
        // query in parts takes about as long as its slowest part, not their sum. Each part's statements read their own
        // snapshot, as they did one after the other on one connection.
        IReadOnlyList<(CorpusFilter Filter, StatsPart From)> parts = fromRollUp ? StatsCells.Parts(by, filter) : [(filter, StatsPart.Scan)];
        var partSums = await Task.WhenAll(parts.Select(p => Task.Run(
            async () =>
            {
                await using var connection = await OpenAsync(cancellationToken);
                var sums = new StatsSums();
                await (p.From switch
                {
                    StatsPart.Cells or StatsPart.FineCells or StatsPart.WeekCells => AddRollUpCountsAsync(connection, by, p.Filter, p.From, sums, cancellationToken),
                    StatsPart.Band => AddBandCountsAsync(connection, by, p.Filter, sums, cancellationToken),
                    _ => AddScannedCountsAsync(connection, by, p.Filter, sums, cancellationToken),
                });
                return sums;
            },
            cancellationToken)));
        var all = StatsSums.Sum(partSums);
        var (totals, counts) = (all.Totals, all.Counts);
        // Techniques outside the taxonomy (stored by another model) follow it in name order.
        var techniques = Labels.TechniqueLabels
            .Concat(counts.Keys.Select(k => k.Technique).Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal))
            .Distinct(StringComparer.Ordinal).ToList();
        var rows = new List<StatsRow>();
        foreach (var (group, total) in totals.OrderBy(t => t.Key, StringComparer.Ordinal))
        {
            foreach (var technique in techniques)
            {
                if (filter.Technique is { } only && technique != only)
                {
                    continue;
                }

                var (spans, withTechnique) = counts.GetValueOrDefault((group, technique));
                rows.Add(new StatsRow(by == StatsDimension.Technique ? technique : group, technique, total.Articles, total.Words, spans, withTechnique)
                {
                    Voice = filter.Voice.Name(),
                    ArticlesCivic = total.Flags.Civic,
                    ArticlesHostile = total.Flags.Hostile,
                    ArticlesViolent = total.Flags.Violent,
                    ArticlesFlagUnknown = total.Flags.Unknown,
                });
            }
        }

        return rows;
    }

    /// <summary>Re-computes the statistics roll-up from the stored analyses (what migration 4 does); for tests that edit rows directly.</summary>
    internal async Task RebuildStatsAsync(CancellationToken cancellationToken = default)
    {
        await using var connection = await OpenAsync(cancellationToken);
        await using var transaction = await connection.BeginTransactionAsync(cancellationToken);
        await using (var command = Db.Command(connection, transaction, StatsCells.RebuildSql))
        {
            await command.ExecuteNonQueryAsync(cancellationToken);
        }

        await transaction.CommitAsync(cancellationToken);
    }

    private static async Task AddRollUpCountsAsync(DbConnection connection, StatsDimension by, CorpusFilter filter, StatsPart part, StatsSums sums, CancellationToken cancellationToken)
    {
        await using var command = Db.Command(connection, null, string.Empty);
        command.CommandText = StatsCells.QuerySql(by, filter, command, part);
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        while (await reader.ReadAsync(cancellationToken))
        {
            var (group, technique, spans, articles) = (reader.GetString(0), reader.GetString(1), reader.Long(2), reader.Long(3));
            // The group's articles: all of them (technique '' rows), or with a technique filter those that have it.
            if ((filter.Technique is null ? technique.Length == 0 : technique == filter.Technique) && articles > 0)
            {
                sums.AddTotal(group, articles, reader.Long(4), new ActionFlagCounts(reader.Long(5), reader.Long(6), reader.Long(7), reader.Long(8)));
            }

            // Cells emptied by re-analysis stay with zeros: only techniques with spans count, as in the scan.
            if (technique.Length > 0 && spans > 0)
            {
                sums.AddCount(group, technique, spans, articles);
            }
        }
    }

    // A group's totals over articles a and their analyses an: articles, words and the call-to-action flags (read by AddTotal).
    private const string GroupTotals = """
        COUNT(*), COALESCE(SUM(a.words), 0), SUM(CASE WHEN an.action_flag = 'civic' THEN 1 ELSE 0 END),
        SUM(CASE WHEN an.action_flag = 'hostile' THEN 1 ELSE 0 END), SUM(CASE WHEN an.action_flag = 'violent' THEN 1 ELSE 0 END),
        SUM(CASE WHEN an.action_flag IS NULL THEN 1 ELSE 0 END)
        """;

    // Adds a row of (group, GroupTotals) to the sums.
    private static void AddGroupTotals(StatsSums sums, DbDataReader reader) =>
        sums.AddTotal(reader.GetString(0), reader.Long(1), reader.Long(2), new ActionFlagCounts(reader.Long(3), reader.Long(4), reader.Long(5), reader.Long(6)));

    // The group expression of a scan over articles a, analyses an (and frames gf for --by frame, with its join to the
    // analysis id expression given).
    private static (string Key, string Join) ScanGroup(StatsDimension by, string analysis = "an.id") => by switch
    {
        StatsDimension.Source => ("COALESCE(a.source, '')", string.Empty),
        StatsDimension.Month => ("COALESCE(a.month, '')", string.Empty),
        StatsDimension.Week => ("COALESCE(a.week, '')", string.Empty),
        StatsDimension.Genre => ("an.genre", string.Empty),
        StatsDimension.Frame => ("gf.frame", $" JOIN frames gf ON gf.analysis_id = {analysis}"),
        _ => ("''", string.Empty),
    };

    /// <summary>
    /// The span scan: every matching article's totals, and its spans by technique. With <c>--frame</c> the scan starts
    /// from that frame's rows (frames_frame index) rather than from every article with a check for the frame: at
    /// 100k articles a frame with a threshold went from 3.9 s to a fraction of it (the figures in docs/CORPUS.md).
    /// </summary>
    private async Task AddScannedCountsAsync(DbConnection connection, StatsDimension by, CorpusFilter filter, StatsSums sums, CancellationToken cancellationToken)
    {
        var (key, join) = ScanGroup(by);
        // The articles (a) with their current analyses (an) that the filter's frame (if any) allows, and its conditions.
        string From(DbCommand command, out string conditions)
        {
            if (filter.Frame is not { } frame)
            {
                conditions = FilterSql.Conditions(filter, command, Time);
                return "articles a JOIN analyses an ON an.id = a.analysis_id";
            }

            command.With("f_frame", frame);
            conditions = $" AND ff.frame = @f_frame{FilterSql.SpanScore(filter, command, "ff")}{FilterSql.Conditions(filter with { Frame = null }, command, Time)}";
            return $"frames ff JOIN analyses an ON an.id = ff.analysis_id JOIN {StatsArticles} ON a.analysis_id = an.id";
        }

        await using (var command = Db.Command(connection, null, string.Empty))
        {
            var from = From(command, out var conditions);
            command.CommandText = $"""
                SELECT {key} AS g, {GroupTotals}
                FROM {from}{join}
                WHERE 1 = 1{conditions} GROUP BY 1
                """;
            await using var reader = await command.ExecuteReaderAsync(cancellationToken);
            while (await reader.ReadAsync(cancellationToken))
            {
                AddGroupTotals(sums, reader);
            }
        }

        await using (var command = Db.Command(connection, null, string.Empty))
        {
            var from = From(command, out var conditions);
            var spanConditions = FilterSql.SpanConditions(filter, command, "sp");
            // By frame the spans are counted per analysis and technique first and the frames joined to those counts
            // (each pair is one article, so COUNT(*) counts the articles): joined to every span, the rows were spans ×
            // frames, sorted for COUNT(DISTINCT). One source's scan with a threshold at 100k articles took 433–451 →
            // 296–316 ms on PostgreSQL (psql), 0.36–0.79 → 0.37–0.42 s on SQLite (sqlite3 shell). Not for the other
            // dimensions: SQLite took 115 → 176 ms so for --by source --frame F --min-confidence 0.6.
            command.CommandText = by == StatsDimension.Frame
                ? $"""
                    SELECT {key} AS g, x.technique, SUM(x.n), COUNT(*) FROM (
                        SELECT an.id AS analysis_id, sp.technique AS technique, COUNT(*) AS n
                        FROM {from} JOIN spans sp ON sp.analysis_id = an.id
                        WHERE 1 = 1{conditions}{spanConditions} GROUP BY an.id, sp.technique) x{ScanGroup(by, "x.analysis_id").Join}
                    GROUP BY 1, 2
                    """
                : $"""
                    SELECT {key} AS g, sp.technique, COUNT(*), COUNT(DISTINCT a.id)
                    FROM {from}{join} JOIN spans sp ON sp.analysis_id = an.id
                    WHERE 1 = 1{conditions}{spanConditions} GROUP BY 1, 2
                    """;
            await using var reader = await command.ExecuteReaderAsync(cancellationToken);
            while (await reader.ReadAsync(cancellationToken))
            {
                sums.AddCount(reader.GetString(0), reader.GetString(1), reader.Long(2), reader.Long(3));
            }
        }
    }

    /// <summary>
    /// The band part of a threshold t off the 0.01 grid (<see cref="StatsPart.Band"/>): the spans with t ≤ score &lt; u
    /// (u = <see cref="StatsCells.FineTop"/>), and per technique the articles whose best span of it lies in that band (no
    /// span at or above u, which the score steps already counted). The spans are found through the (technique, score)
    /// index, one range per technique, so the cost follows the band, not the corpus. With a technique filter the band's
    /// articles also add to the totals (the articles that have the technique at the threshold).
    /// </summary>
    /// <remarks>
    /// "score + 0" in the check for a higher span keeps SQLite off the (technique, score) index there: with it, SQLite
    /// read every span of the technique above the band for each span in the band (minutes at 100k articles) instead of
    /// the few spans of the one analysis through (analysis_id, technique).
    /// </remarks>
    private async Task AddBandCountsAsync(DbConnection connection, StatsDimension by, CorpusFilter filter, StatsSums sums, CancellationToken cancellationToken)
    {
        var (key, join) = ScanGroup(by);
        var top = StatsCells.FineTop(filter.MinConfidence!.Value);
        var techniques = new List<object>();
        if (filter.Technique is { } only)
        {
            techniques.Add(only);
        }
        else
        {
            await using var command = Db.Command(connection, null, StatsCells.TechniquesSql);
            await using var reader = await command.ExecuteReaderAsync(cancellationToken);
            while (await reader.ReadAsync(cancellationToken))
            {
                techniques.Add(reader.GetString(0));
            }
        }

        if (techniques.Count == 0)
        {
            return;
        }

        // A band span of the technique implies the filter's "has the technique at the threshold", so the other
        // conditions suffice.
        var others = filter with { Technique = null };

        // The spans sp in the band (its top is the parameter @b_top), in the voice asked.
        string InBand(DbCommand command) => $"{FilterSql.SpanConditions(filter, command, "sp")} AND sp.score < @b_top";

        // A span of the analysis and technique at or above the band, in the voice asked.
        string Higher(string analysis, string technique, DbCommand command) =>
            $"SELECT 1 FROM spans h WHERE h.analysis_id = {analysis} AND h.technique = {technique} AND h.score + 0 >= @b_top"
            + FilterSql.SpanConditions(filter with { MinConfidence = null }, command, "h");

        await using (var command = Db.Command(connection, null, string.Empty))
        {
            command.With("b_top", top);
            var techniqueIn = $"sp.technique IN ({InList(command, "b_t", techniques)})";
            var band = InBand(command);
            var conditions = FilterSql.Conditions(others, command, Time);
            // By frame the frames are joined only to the checked spans (AS MATERIALIZED keeps both engines from
            // flattening the query): flattened, the check for a higher span ran once per span and frame, 18,000 times
            // instead of 9,000 at 100k articles (the statement took 149–166 → 97–115 ms on PostgreSQL, 141–145 → 116 ms
            // on SQLite, in their shells). Not for the other dimensions, which join nothing after: SQLite took 78–85 ms
            // as a subquery, 95–104 as a CTE.
            var frames = by == StatsDimension.Frame;
            var spans = $"""
                SELECT {(frames ? "an.id" : key)} AS g, sp.technique AS technique, a.id AS id, CASE WHEN EXISTS ({Higher("sp.analysis_id", "sp.technique", command)}) THEN 0 ELSE 1 END AS best
                FROM spans sp JOIN analyses an ON an.id = sp.analysis_id JOIN {StatsArticles} ON a.analysis_id = an.id
                WHERE {techniqueIn}{band}{conditions}
                """;
            const string Counts = "b.technique, COUNT(*), COUNT(DISTINCT CASE WHEN b.best = 1 THEN b.id END)";
            command.CommandText = frames
                ? $"{WithoutJit}WITH b AS MATERIALIZED ({spans}) SELECT {key}, {Counts} FROM b{ScanGroup(by, "b.g").Join} GROUP BY 1, 2"
                : $"{WithoutJit}SELECT b.g, {Counts} FROM ({spans}) b GROUP BY 1, 2";
            await using var reader = await command.ExecuteReaderAsync(cancellationToken);
            while (await reader.ReadAsync(cancellationToken))
            {
                sums.AddCount(reader.GetString(0), reader.GetString(1), reader.Long(2), reader.Long(3));
            }
        }

        if (filter.Technique is null)
        {
            return; // the totals do not depend on the threshold: the cells part gave them
        }

        await using (var command = Db.Command(connection, null, string.Empty))
        {
            command.With("b_top", top).With("b_technique", filter.Technique);
            var band = InBand(command);
            var conditions = FilterSql.Conditions(others, command, Time);
            command.CommandText = $"""
                {WithoutJit}SELECT {key} AS g, {GroupTotals}
                FROM (SELECT DISTINCT sp.analysis_id FROM spans sp WHERE sp.technique = @b_technique{band}) b
                JOIN analyses an ON an.id = b.analysis_id JOIN {StatsArticles} ON a.analysis_id = an.id{join}
                WHERE NOT EXISTS ({Higher("an.id", "@b_technique", command)}){conditions} GROUP BY 1
                """;
            await using var reader = await command.ExecuteReaderAsync(cancellationToken);
            while (await reader.ReadAsync(cancellationToken))
            {
                AddGroupTotals(sums, reader);
            }
        }
    }

    public async Task<IReadOnlyList<ArticleTechniques>> ArticleTechniquesAsync(CorpusFilter filter, CancellationToken cancellationToken = default)
    {
        await using var connection = await OpenAsync(cancellationToken);
        var words = new Dictionary<long, int>();
        await using (var command = Db.Command(connection, null, string.Empty))
        {
            var conditions = FilterSql.Conditions(filter, command, Time);
            command.CommandText = $"SELECT a.id, a.words FROM articles a JOIN analyses an ON an.id = a.analysis_id WHERE 1 = 1{conditions}";
            await using var reader = await command.ExecuteReaderAsync(cancellationToken);
            while (await reader.ReadAsync(cancellationToken))
            {
                words[reader.Long(0)] = (int)reader.Long(1);
            }
        }

        var spans = new Dictionary<long, Dictionary<string, int>>();
        await using (var command = Db.Command(connection, null, string.Empty))
        {
            var conditions = FilterSql.Conditions(filter, command, Time);
            command.CommandText = $"""
                SELECT a.id, sp.technique, COUNT(*) FROM articles a JOIN analyses an ON an.id = a.analysis_id
                JOIN spans sp ON sp.analysis_id = an.id WHERE 1 = 1{conditions}{FilterSql.SpanConditions(filter, command, "sp")} GROUP BY a.id, sp.technique
                """;
            await using var reader = await command.ExecuteReaderAsync(cancellationToken);
            while (await reader.ReadAsync(cancellationToken))
            {
                var id = reader.Long(0);
                if (!spans.TryGetValue(id, out var map))
                {
                    spans[id] = map = new Dictionary<string, int>(StringComparer.Ordinal);
                }

                map[reader.GetString(1)] = (int)reader.Long(2);
            }
        }

        return [.. words.OrderBy(w => w.Key).Select(w => new ArticleTechniques(
            w.Key, w.Value, spans.TryGetValue(w.Key, out var map) ? map : new Dictionary<string, int>(StringComparer.Ordinal)))];
    }

    public async Task<IReadOnlyList<StoredSpan>> TopSpansAsync(string technique, CorpusFilter filter, int limit, CancellationToken cancellationToken = default)
    {
        await using var connection = await OpenAsync(cancellationToken);
        await using var command = Db.Command(connection, null, string.Empty);
        var conditions = FilterSql.Conditions(filter, command, Time);
        // The spans of the technique are read best first (index on technique, score) until the limit is reached. The
        // redundant an.article_id = a.id lets each one's article be found by its key: without it SQLite looked the
        // article up through the source index and read every article of the source per span (2 s per technique at
        // 100k articles, 1 ms with it). Scans of all spans keep the articles-first join, which is faster for them.
        command.CommandText = $"""
            SELECT a.id, a.title, a.source, sp.technique, sp.start, sp.length, sp.score, sp.text
            FROM articles a JOIN analyses an ON an.id = a.analysis_id AND an.article_id = a.id JOIN spans sp ON sp.analysis_id = an.id
            WHERE sp.technique = @top_technique{conditions}{FilterSql.SpanConditions(filter, command, "sp")} ORDER BY sp.score DESC, a.id, sp.start LIMIT @limit
            """;
        command.With("top_technique", technique).With("limit", limit);
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        var list = new List<StoredSpan>();
        while (await reader.ReadAsync(cancellationToken))
        {
            list.Add(new StoredSpan(
                reader.Long(0), reader.NullableString(1), reader.NullableString(2), reader.GetString(3), (int)reader.Long(4), (int)reader.Long(5),
                Convert.ToDouble(reader.GetValue(6), CultureInfo.InvariantCulture), reader.GetString(7)));
        }

        return list;
    }

    public async Task<StoredArticle?> ArticleAsync(long articleId, CancellationToken cancellationToken = default)
    {
        await using var connection = await OpenAsync(cancellationToken);
        StoredArticle article;
        long? analysisId;
        string? model = null, genre = null, analysisLanguage = null;
        double genreScore = 0;
        await using (var command = Db.Command(connection, null, """
            SELECT a.id, a.external_id, a.title, a.source, a.url, a.published, a.language, a.text,
                   an.id, an.model, an.genre, an.genre_score, an.language
            FROM articles a LEFT JOIN analyses an ON an.id = a.analysis_id WHERE a.id = @id
            """))
        {
            command.With("id", articleId);
            await using var reader = await command.ExecuteReaderAsync(cancellationToken);
            if (!await reader.ReadAsync(cancellationToken))
            {
                return null;
            }

            article = new StoredArticle(
                reader.Long(0), reader.GetString(1), reader.NullableString(2), reader.NullableString(3), reader.NullableString(4),
                ReadTime(reader, 5), reader.NullableString(6), reader.GetString(7), null);
            analysisId = reader.IsDBNull(8) ? null : reader.Long(8);
            if (analysisId is not null)
            {
                model = reader.GetString(9);
                genre = reader.GetString(10);
                genreScore = Convert.ToDouble(reader.GetValue(11), CultureInfo.InvariantCulture);
                analysisLanguage = reader.GetString(12);
            }
        }

        if (analysisId is not { } analysis)
        {
            return article;
        }

        var frames = new List<ScoredLabel>();
        await using (var command = Db.Command(connection, null, "SELECT frame, score FROM frames WHERE analysis_id = @id ORDER BY score DESC, frame"))
        {
            command.With("id", analysis);
            await using var reader = await command.ExecuteReaderAsync(cancellationToken);
            while (await reader.ReadAsync(cancellationToken))
            {
                frames.Add(new ScoredLabel(reader.GetString(0), Convert.ToDouble(reader.GetValue(1), CultureInfo.InvariantCulture)));
            }
        }

        var paragraphs = new SortedDictionary<int, (int Line, int Start, int Length, List<ScoredLabel> Techniques)>();
        await using (var command = Db.Command(connection, null, """
            SELECT paragraph, line, start, length, technique, score FROM paragraph_labels WHERE analysis_id = @id ORDER BY paragraph, score DESC, technique
            """))
        {
            command.With("id", analysis);
            await using var reader = await command.ExecuteReaderAsync(cancellationToken);
            while (await reader.ReadAsync(cancellationToken))
            {
                var index = (int)reader.Long(0);
                if (!paragraphs.TryGetValue(index, out var paragraph))
                {
                    paragraphs[index] = paragraph = ((int)reader.Long(1), (int)reader.Long(2), (int)reader.Long(3), []);
                }

                paragraph.Techniques.Add(new ScoredLabel(reader.GetString(4), Convert.ToDouble(reader.GetValue(5), CultureInfo.InvariantCulture)));
            }
        }

        var spans = new List<SpanFinding>();
        await using (var command = Db.Command(connection, null, "SELECT technique, start, length, text, score FROM spans WHERE analysis_id = @id ORDER BY start, length DESC, technique"))
        {
            command.With("id", analysis);
            await using var reader = await command.ExecuteReaderAsync(cancellationToken);
            while (await reader.ReadAsync(cancellationToken))
            {
                spans.Add(new SpanFinding(
                    reader.GetString(0), (int)reader.Long(1), (int)reader.Long(2), reader.GetString(3), Convert.ToDouble(reader.GetValue(4), CultureInfo.InvariantCulture)));
            }
        }

        return article with
        {
            Analysis = new ArticleAnalysis
            {
                Id = article.ExternalId,
                Title = article.Title,
                Language = new Languages.LanguageGuess(analysisLanguage!, 1),
                Genre = new GenreResult(genre!, [new ScoredLabel(genre!, genreScore)]),
                Frames = frames,
                Paragraphs = [.. paragraphs.Select(p => new ParagraphAnalysis(p.Key, p.Value.Line, p.Value.Start, p.Value.Length, p.Value.Techniques))],
                Spans = spans,
                Warnings = [],
                Model = model!,
                Timing = new AnalysisTiming(0, 0, 0, 0, 0),
                Text = article.Text,
            },
        };
    }

    public async Task<IReadOnlyList<IReadOnlyList<SimilarPassage>>> SimilarPassagesAsync(IReadOnlyList<PassageQuery> queries, SimilarOptions options, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(queries);
        ArgumentNullException.ThrowIfNull(options);
        var best = queries.Select(_ => new Dictionary<long, (double Similarity, string Kind, int Start, int Length)>()).ToArray();
        if (queries.Count == 0 || options.Count < 1)
        {
            return [.. best.Select(_ => (IReadOnlyList<SimilarPassage>)[])];
        }

        await using var connection = await OpenAsync(cancellationToken);
        foreach (var group in queries.Select((q, i) => (q, i)).GroupBy(x => (x.q.Kind, x.q.Technique)))
        {
            // One pass over the technique's vectors for every query that shares it; each query keeps its best passage per article.
            // The join goes through the analyses' primary key (articles has no index on analysis_id: joining on it made the
            // scan quadratic), and keeps only each article's current analysis.
            await using var command = Db.Command(connection, null, """
                SELECT a.id, e.start, e.length, e.vector
                FROM embeddings e JOIN analyses an ON an.id = e.analysis_id JOIN articles a ON a.id = an.article_id AND a.analysis_id = an.id
                WHERE e.technique = @technique AND e.kind = @kind AND a.id <> @exclude_id AND a.content_hash <> @exclude_hash
                """);
            command.With("technique", group.Key.Technique).With("kind", group.Key.Kind)
                .With("exclude_id", options.ExcludeArticleId ?? -1L).With("exclude_hash", options.ExcludeContentHash ?? string.Empty);
            await using var reader = await command.ExecuteReaderAsync(cancellationToken);
            var members = group.ToArray();
            while (await reader.ReadAsync(cancellationToken))
            {
                var article = reader.Long(0);
                var vector = (byte[])reader.GetValue(3);
                foreach (var (query, i) in members)
                {
                    var similarity = VectorCodec.Cosine(query.Vector, vector);
                    if (!best[i].TryGetValue(article, out var current) || similarity > current.Similarity)
                    {
                        best[i][article] = (similarity, group.Key.Kind, (int)reader.Long(1), (int)reader.Long(2));
                    }
                }
            }
        }

        var top = best.Select(b => b.OrderByDescending(x => x.Value.Similarity).ThenBy(x => x.Key).Take(options.Count).ToArray()).ToArray();
        var ids = top.SelectMany(t => t.Select(x => x.Key)).Distinct().ToArray();
        var articles = new Dictionary<long, (string? Title, string? Source, string Text)>();
        if (ids.Length > 0)
        {
            await using var load = Db.Command(connection, null, string.Empty);
            load.CommandText = $"SELECT id, title, source, text FROM articles WHERE id IN ({InList(load, "id", ids.Cast<object>())})";
            await using var rows = await load.ExecuteReaderAsync(cancellationToken);
            while (await rows.ReadAsync(cancellationToken))
            {
                articles[rows.Long(0)] = (rows.NullableString(1), rows.NullableString(2), rows.GetString(3));
            }
        }

        return [.. top.Select((t, i) => (IReadOnlyList<SimilarPassage>)[.. t.Where(x => articles.ContainsKey(x.Key)).Select(x =>
        {
            var (title, source, text) = articles[x.Key];
            var start = Math.Clamp(x.Value.Start, 0, text.Length);
            var length = Math.Clamp(x.Value.Length, 0, text.Length - start);
            return new SimilarPassage(x.Key, title, source, queries[i].Technique, text.Substring(start, length), start, length, Math.Round(x.Value.Similarity, 4));
        })])];
    }

    /// <summary>Which of <paramref name="ids"/> pass the conditions of <paramref name="filter"/>.</summary>
    private async Task<HashSet<long>> PassingAsync(DbConnection connection, CorpusFilter filter, List<long> ids, CancellationToken cancellationToken)
    {
        var passing = new HashSet<long>();
        if (ids.Count == 0)
        {
            return passing;
        }

        await using var command = Db.Command(connection, null, string.Empty);
        var conditions = FilterSql.Conditions(filter, command, Time);
        command.CommandText = $"SELECT a.id FROM articles a LEFT JOIN analyses an ON an.id = a.analysis_id WHERE a.id IN ({InList(command, "c", ids.Select(i => (object)i))}){conditions}";
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        while (await reader.ReadAsync(cancellationToken))
        {
            passing.Add(reader.Long(0));
        }

        return passing;
    }

    private async Task<List<(long Id, double Rank)>> RankAsync(DbConnection connection, string terms, CorpusFilter filter, int limit, (long Lo, long Hi) range, CancellationToken cancellationToken)
    {
        await using var command = Db.Command(connection, null, string.Empty);
        command.CommandText = RankSql(FilterSql.Conditions(filter, command, Time));
        command.With("q", terms).With("limit", limit).With("lo", range.Lo).With("hi", range.Hi);
        var ranked = new List<(long, double)>();
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        while (await reader.ReadAsync(cancellationToken))
        {
            ranked.Add((reader.Long(0), Convert.ToDouble(reader.GetValue(1), CultureInfo.InvariantCulture)));
        }

        return ranked;
    }

    /// <summary>Adds one parameter per value and returns the comma-separated parameter list for <c>IN (...)</c>.</summary>
    private protected static string InList(DbCommand command, string prefix, IEnumerable<object> values)
    {
        var names = new StringBuilder();
        var i = 0;
        foreach (var value in values)
        {
            var name = string.Create(CultureInfo.InvariantCulture, $"{prefix}{i++}");
            command.With(name, value);
            names.Append(names.Length == 0 ? "@" : ", @").Append(name);
        }

        return names.ToString();
    }

    private async Task<int> VersionAsync(DbConnection connection, DbTransaction? transaction, CancellationToken cancellationToken)
    {
        if (!await SchemaTableExistsAsync(connection, transaction, cancellationToken))
        {
            return 0;
        }

        await using var command = Db.Command(connection, transaction, "SELECT COALESCE(MAX(version), 0) FROM schema_version");
        return (int)Db.ToLong(await command.ExecuteScalarAsync(cancellationToken));
    }

    private async Task<long?> InsertArticleAsync(DbConnection connection, DbTransaction transaction, CorpusEntry entry, CancellationToken cancellationToken)
    {
        var article = entry.Article;
        await using var command = Db.Command(connection, transaction, """
            INSERT INTO articles (external_id, source, url, title, published, month, week, language, author, format, text,
                title_start, title_length, body_start, body_length, words, content_hash, added)
            VALUES (@external_id, @source, @url, @title, @published, @month, @week, @language, @author, @format, @text,
                @title_start, @title_length, @body_start, @body_length, @words, @hash, @added)
            ON CONFLICT (content_hash) DO NOTHING
            RETURNING id
            """);
        var published = article.Published?.ToUniversalTime();
        command.With("external_id", article.Id)
            .With("source", entry.Source ?? article.Source)
            .With("url", article.Url)
            .With("title", article.Title)
            .With("published", published is { } p ? Time(p) : null)
            .With("month", published is { } m ? StatsCells.MonthKey(m.UtcDateTime) : null)
            .With("week", published is { } w ? StatsCells.WeekKey(w.UtcDateTime) : null)
            .With("language", article.Language)
            .With("author", article.Author)
            .With("format", article.Format)
            .With("text", article.Text)
            .With("title_start", article.TitleSpan?.Start)
            .With("title_length", article.TitleSpan?.Length)
            .With("body_start", article.BodySpan?.Start)
            .With("body_length", article.BodySpan?.Length)
            .With("words", ContentHash.Words(article.Text))
            .With("hash", entry.Hash)
            .With("added", Time(DateTimeOffset.UtcNow));
        var id = await command.ExecuteScalarAsync(cancellationToken);
        if (id is null or DBNull)
        {
            return null;
        }

        var articleId = Db.ToLong(id);
        await IndexTextAsync(connection, transaction, articleId, article, cancellationToken);
        return articleId;
    }

    /// <summary>
    /// Adds the analysis and its rows and makes it the article's current one; false when the article already has one by
    /// that model. The new current analysis (+1) and the one it replaces (-1) are added to <paramref name="changes"/>
    /// for the statistics roll-up, which the caller applies before committing.
    /// </summary>
    private async Task<bool> InsertAnalysisAsync(
        DbConnection connection, DbTransaction transaction, long articleId, ArticleAnalysis analysis, List<(long Analysis, int Sign)> changes, bool newArticle, CancellationToken cancellationToken)
    {
        long? previous = null;
        if (!newArticle)
        {
            // Locked (PostgreSQL), so that two writers replacing the same article's analysis cannot both subtract the old one.
            await using var current = Db.Command(connection, transaction, $"SELECT analysis_id FROM articles WHERE id = @id{LockForUpdate}");
            current.With("id", articleId);
            var value = await current.ExecuteScalarAsync(cancellationToken);
            previous = value is null or DBNull ? null : Db.ToLong(value);
        }

        long analysisId;
        await using (var command = Db.Command(connection, transaction, """
            INSERT INTO analyses (article_id, model, genre, genre_score, language, created, action_flag, author_calls)
            VALUES (@article, @model, @genre, @score, @language, @created, @action_flag, @author_calls)
            ON CONFLICT (article_id, model) DO NOTHING
            RETURNING id
            """))
        {
            var genreScore = analysis.Genre.Scores.FirstOrDefault(s => s.Label == analysis.Genre.Label)?.Score ?? 0;
            command.With("article", articleId).With("model", analysis.Model).With("genre", analysis.Genre.Label).With("score", genreScore)
                .With("language", analysis.Language.Code).With("created", Time(DateTimeOffset.UtcNow))
                .With("action_flag", ActionFlagName(analysis.CallsToAction.Flag))
                .With("author_calls", analysis.CallsToAction.Calls.Count(c => !c.Voice.IsOthers));
            var id = await command.ExecuteScalarAsync(cancellationToken);
            if (id is null or DBNull)
            {
                return false;
            }

            analysisId = Db.ToLong(id);
        }

        // Every row of the analysis and the pointer to it in one command (several statements): one round trip, not four.
        await using (var rows = Db.Command(connection, transaction, string.Empty))
        {
            var sql = new StringBuilder();
            AppendRows(sql, rows, "frames", ["analysis_id", "frame", "score"],
                analysis.Frames.Select(f => new object?[] { analysisId, f.Label, f.Score }));
            AppendRows(sql, rows, "paragraph_labels", ["analysis_id", "paragraph", "line", "start", "length", "technique", "score"],
                analysis.Paragraphs.SelectMany(p => p.Techniques.Select(t => new object?[] { analysisId, p.Index, p.Line, p.Start, p.Length, t.Label, t.Score })));
            AppendRows(sql, rows, "spans", ["analysis_id", "technique", "start", "length", "score", "text", "voice"],
                analysis.Spans.Select(s => new object?[] { analysisId, s.Technique, s.Start, s.Length, s.Score, s.Text, s.Voice.Name }));
            AppendRows(sql, rows, "embeddings", ["analysis_id", "kind", "technique", "start", "length", "vector"],
                analysis.Embeddings.Select(e => new object?[] { analysisId, e.Kind, e.Technique, e.Start, e.Length, VectorCodec.Encode(e.Vector) }));
            sql.Append("UPDATE articles SET analysis_id = @current_analysis WHERE id = @current_article;");
            rows.With("current_analysis", analysisId).With("current_article", articleId);
            rows.CommandText = sql.ToString();
            await rows.ExecuteNonQueryAsync(cancellationToken);
        }

        if (previous is { } old)
        {
            changes.Add((old, -1));
        }

        changes.Add((analysisId, 1));
        return true;
    }

    /// <summary>The stored name of a call-to-action flag: "none" when the author makes no call (NULL is kept for analyses stored before flags).</summary>
    private static string ActionFlagName(ActionClass? flag) => flag switch
    {
        ActionClass.Civic => "civic",
        ActionClass.Hostile => "hostile",
        ActionClass.Violent => "violent",
        _ => "none",
    };

    /// <summary>Appends multi-row INSERT statements (chunked under the engines' parameter limits) with their parameters.</summary>
    private static void AppendRows(StringBuilder sql, DbCommand command, string table, string[] columns, IEnumerable<object?[]> rows)
    {
        var chunkIndex = 0;
        foreach (var chunk in rows.Chunk(RowsPerInsert))
        {
            sql.Append(CultureInfo.InvariantCulture, $"INSERT INTO {table} ({string.Join(", ", columns)}) VALUES ");
            for (var r = 0; r < chunk.Length; r++)
            {
                sql.Append(r == 0 ? "(" : ", (");
                for (var c = 0; c < columns.Length; c++)
                {
                    var name = string.Create(CultureInfo.InvariantCulture, $"{table[0]}{chunkIndex}_{r}_{c}");
                    sql.Append(c == 0 ? "@" : ", @").Append(name);
                    command.With(name, chunk[r][c]);
                }

                sql.Append(')');
            }

            sql.Append(";\n");
            chunkIndex++;
        }
    }
}
