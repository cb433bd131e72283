using Lantern.Analysis;
using Lantern.Cli.Commands;
using Lantern.Errors;
using Lantern.Store;

namespace Lantern.Cli.Internal;

/// <summary>The <c>--db</c> and <c>--similar</c> options of <c>lantern analyze</c>: similar passages from a corpus for the explanations.</summary>
internal static class SimilarFromCorpus
{
    public const int DefaultCount = 3;

    /// <summary>How many neighbours to list, or null without <c>--db</c>; checked before any article is read.</summary>
    public static int? Check(AnalyzeSettings settings)
    {
        var count = OptionValues.Positive("--similar", settings.Similar);
        if (settings.Db is null)
        {
            return count is null ? null : throw LanternErrors.Usage("--similar: needs --db (the corpus to search)");
        }

        if (!settings.Explain)
        {
            throw LanternErrors.Usage("--db: needs --explain (similar passages are part of the explanations)");
        }

        if (!CorpusStores.IsPostgres(settings.Db) && !File.Exists(settings.Db))
        {
            throw LanternErrors.CorpusMissing(settings.Db);
        }

        return count ?? DefaultCount;
    }

    public static async Task<ArticleAnalysis> AttachAsync(string db, ArticleAnalysis analysis, int count, CancellationToken cancellationToken)
    {
        // Read-only: an outdated schema is refused with the hint to migrate, never changed from here.
        await using var store = await CorpusStores.OpenAsync(db, migrate: false, cancellationToken);
        var options = new SimilarOptions { Count = count, ExcludeContentHash = ContentHash.Of(analysis.Text) };
        return await SimilarPassages.AttachAsync(store, analysis, options, cancellationToken);
    }
}
