namespace Lantern.Web.Api;

/// <summary>
/// The body of <c>GET /health</c>: <c>ok</c>, the model that answers, the app version, and how busy the analysis slots
/// are (so an operator, or a test, can see requests waiting).
/// </summary>
public sealed record HealthResponse(string Status, string Model, string Version)
{
    public AnalysisLoad? Analyses { get; init; }
}
