using Lantern.Store.Comparison;

namespace Lantern.Web.Api.Corpus;

/// <summary>Two sources' technique fingerprints side by side, largest rate difference first, with bootstrap 95 % intervals.</summary>
public sealed record CompareResponse(CompareSide A, CompareSide B, IReadOnlyList<TechniqueDifference> Techniques)
{
    /// <summary>Which spans the rates count: "all", "author" or "quoted".</summary>
    public string Voice { get; init; } = "all";
}
