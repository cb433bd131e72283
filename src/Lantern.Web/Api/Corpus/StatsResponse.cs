using Lantern.Store;

namespace Lantern.Web.Api.Corpus;

/// <summary>Technique counts per group (<c>GET /api/stats</c>), as <c>lantern stats --format json</c> computes them.</summary>
public sealed record StatsResponse(string By, IReadOnlyList<StatsRow> Rows);
