using Lantern.Store;

namespace Lantern.Web.Api.Corpus;

/// <summary>One page of search results; <see cref="More"/> says whether a next page has hits. Snippets mark matches with <c>**</c>.</summary>
public sealed record ArticlePage(string Query, int Page, int PageSize, bool More, IReadOnlyList<SearchHit> Hits)
{
    /// <summary>Which spans the hits' technique counts count: "all", "author" or "quoted".</summary>
    public string Voice { get; init; } = "all";
}
