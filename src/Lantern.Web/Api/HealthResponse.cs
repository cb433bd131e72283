namespace Lantern.Web.Api;

/// <summary>The body of <c>GET /health</c>: <c>ok</c>, the model that answers, and the app version.</summary>
public sealed record HealthResponse(string Status, string Model, string Version);
