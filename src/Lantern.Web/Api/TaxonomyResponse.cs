namespace Lantern.Web.Api;

/// <summary>The body of <c>GET /api/techniques</c>: every label of the taxonomy with its meaning, in taxonomy order.</summary>
public sealed record TaxonomyResponse(
    IReadOnlyList<TechniqueInfo> Techniques,
    IReadOnlyList<LabelInfo> Frames,
    IReadOnlyList<LabelInfo> Genres);
