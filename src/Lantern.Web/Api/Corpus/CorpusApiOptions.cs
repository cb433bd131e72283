using Lantern.Store;

namespace Lantern.Web.Api.Corpus;

/// <summary>
/// What the corpus routes serve: the open store (null when the server runs without <c>--db</c>: the routes then
/// answer 503) and the bearer token <c>POST /api/ingest</c> requires (null or blank: ingest is disabled, 403).
/// </summary>
public sealed record CorpusApiOptions(ICorpusStore? Store, string? IngestToken = null)
{
    /// <summary>Results per page when the request does not say.</summary>
    public int DefaultPageSize { get; init; } = 20;

    /// <summary>The largest page size a request may ask for.</summary>
    public int MaxPageSize { get; init; } = 100;

    /// <summary>How deep paging may go (page × pageSize); search ranks are recomputed per request, so deep pages cost.</summary>
    public int MaxResults { get; init; } = 1000;
}
