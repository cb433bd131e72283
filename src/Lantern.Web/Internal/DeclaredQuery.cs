namespace Lantern.Web.Internal;

/// <summary>
/// Endpoint metadata: every query parameter the route accepts. It is the one list both sides read: the OpenAPI
/// document declares exactly these (<see cref="OpenApiText"/>) and <see cref="QueryCheck"/> refuses any other name with
/// a 400, so the document cannot drift from what the route takes.
/// </summary>
internal sealed record DeclaredQuery(IReadOnlyList<QueryParameter> Parameters)
{
    public static DeclaredQuery None { get; } = new([]);

    public IEnumerable<string> Names => Parameters.Select(p => p.Name);
}
