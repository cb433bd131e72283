using Lantern.Analysis;

namespace Lantern.Store;

/// <summary>
/// A corpus of articles with their analyses, in SQLite (<see cref="SqliteCorpusStore"/>) or PostgreSQL
/// (<see cref="PostgresCorpusStore"/>); open one with <see cref="CorpusStores.Open"/>. Thread-safe: every call
/// uses its own pooled connection. Writes are transactions: an article is stored with its analysis (or its
/// queue entry) or not at all, so a crash loses at most the batch in flight and never half an article.
/// </summary>
public interface ICorpusStore : IAsyncDisposable
{
    /// <summary><c>sqlite</c> or <c>postgres</c>.</summary>
    string Dialect { get; }

    /// <summary>Where the data is, without any password.</summary>
    string Location { get; }

    /// <summary>The newest schema version this build knows.</summary>
    int LatestSchemaVersion { get; }

    /// <summary>The schema version of the database (0 when empty).</summary>
    Task<int> SchemaVersionAsync(CancellationToken cancellationToken = default);

    /// <summary>Applies the migrations the database lacks, in order, each in its own transaction; returns the versions applied.</summary>
    Task<IReadOnlyList<int>> MigrateAsync(CancellationToken cancellationToken = default);

    /// <summary>Adds or replaces sources (by domain); returns how many rows were written.</summary>
    Task<int> UpsertSourcesAsync(IReadOnlyList<SourceRecord> sources, CancellationToken cancellationToken = default);

    Task<IReadOnlyList<SourceRecord>> SourcesAsync(CancellationToken cancellationToken = default);

    /// <summary>Which of these content hashes are stored already.</summary>
    Task<IReadOnlySet<string>> ExistingHashesAsync(IReadOnlyCollection<string> hashes, CancellationToken cancellationToken = default);

    /// <summary>
    /// Stores the entries in one transaction. An entry whose content hash is stored already is a duplicate and
    /// changes nothing; an entry without analysis is queued for the workers.
    /// </summary>
    Task<SaveResult> SaveAsync(IReadOnlyList<CorpusEntry> entries, CancellationToken cancellationToken = default);

    /// <summary>
    /// Stores analysed entries in one transaction by the engine's fastest path (SQLite: prepared statements reused for
    /// every row; PostgreSQL: binary <c>COPY</c>), for generated or imported corpora. Entries whose content hash is
    /// stored already (or repeats an earlier entry) are skipped as duplicates; one stored by another writer while this
    /// runs fails the whole transaction (the unique constraint), so use <see cref="SaveAsync"/> next to other writers.
    /// </summary>
    Task<SaveResult> BulkSaveAsync(IReadOnlyList<CorpusEntry> entries, CancellationToken cancellationToken = default);

    /// <summary>
    /// Leases up to <paramref name="count"/> queued articles whose lease is free or expired (PostgreSQL: <c>FOR UPDATE
    /// SKIP LOCKED</c>, so workers never wait on each other). A worker that dies keeps its lease until it expires.
    /// </summary>
    Task<IReadOnlyList<QueuedArticle>> ClaimAsync(string worker, int count, TimeSpan lease, CancellationToken cancellationToken = default);

    /// <summary>
    /// Stores the analysis of a leased article and removes it from the queue, in one transaction. Idempotent: when
    /// the article already has an analysis by the same model (another worker finished it), nothing is added.
    /// Returns whether this call added the analysis.
    /// </summary>
    Task<bool> CompleteAsync(long articleId, ArticleAnalysis analysis, CancellationToken cancellationToken = default);

    /// <summary>Takes an article off the queue without analysing it (the analyzer rejected it); the article stays stored.</summary>
    Task RemoveFromQueueAsync(long articleId, CancellationToken cancellationToken = default);

    /// <summary>Whether the article already has an analysis by <paramref name="model"/>.</summary>
    Task<bool> HasAnalysisAsync(long articleId, string model, CancellationToken cancellationToken = default);

    /// <summary>Adds an analysis of a stored article (e.g. by a new model: the older analyses stay as history).</summary>
    Task<bool> AddAnalysisAsync(long articleId, ArticleAnalysis analysis, CancellationToken cancellationToken = default);

    Task<CorpusCounts> CountsAsync(CancellationToken cancellationToken = default);

    /// <summary>Full-text search (all words must occur), best first, within the filter.</summary>
    Task<IReadOnlyList<SearchHit>> SearchAsync(string words, CorpusFilter filter, int limit, CancellationToken cancellationToken = default);

    /// <summary>Technique counts per group over the current analysis of every article within the filter.</summary>
    Task<IReadOnlyList<StatsRow>> StatsAsync(StatsDimension by, CorpusFilter filter, CancellationToken cancellationToken = default);

    /// <summary>Every analysed article within the filter with its words and spans per technique.</summary>
    Task<IReadOnlyList<ArticleTechniques>> ArticleTechniquesAsync(CorpusFilter filter, CancellationToken cancellationToken = default);

    /// <summary>The highest-scoring spans of a technique within the filter.</summary>
    Task<IReadOnlyList<StoredSpan>> TopSpansAsync(string technique, CorpusFilter filter, int limit, CancellationToken cancellationToken = default);

    /// <summary>
    /// The stored article with its current analysis rebuilt from the rows (paragraphs without techniques, genre scores
    /// other than the chosen one, warnings and timings are not stored); null when no article has this id.
    /// </summary>
    Task<StoredArticle?> ArticleAsync(long articleId, CancellationToken cancellationToken = default);

    /// <summary>
    /// For each query, the most similar stored passages of the same kind and technique in the current analyses (exact
    /// cosine over every stored vector of that technique; one scan per technique however many queries share it), best
    /// first, at most one per article, without the excluded article. Analyses stored before schema version 2 have no
    /// vectors and never appear.
    /// </summary>
    Task<IReadOnlyList<IReadOnlyList<Analysis.Explanations.SimilarPassage>>> SimilarPassagesAsync(IReadOnlyList<PassageQuery> queries, SimilarOptions options, CancellationToken cancellationToken = default);

    /// <summary>The database's size on disk in bytes.</summary>
    Task<long> SizeBytesAsync(CancellationToken cancellationToken = default);
}
