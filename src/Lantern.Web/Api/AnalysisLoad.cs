namespace Lantern.Web.Api;

/// <summary>The analysis slots now: running and waiting analyses, and the configured slots and queue.</summary>
public sealed record AnalysisLoad(int Running, int Waiting, int Concurrent, int Queue);
