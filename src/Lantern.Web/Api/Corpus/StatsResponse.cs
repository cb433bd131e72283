using Lantern.Store;

namespace Lantern.Web.Api.Corpus;

/// <summary>Technique counts per group (<c>GET /api/stats</c>), as <c>lantern stats --format json</c> computes them.</summary>
public sealed record StatsResponse(string By, IReadOnlyList<StatsRow> Rows)
{
    /// <summary>Which spans the rows count: "all", "author" or "quoted".</summary>
    public string Voice { get; init; } = "all";
}
