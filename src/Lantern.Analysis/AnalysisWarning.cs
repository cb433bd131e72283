namespace Lantern.Analysis;

/// <summary>
/// Something the caller should know about a result that is still usable: a stable
/// <see cref="Code"/> (see <see cref="AnalysisWarnings"/>) and a one-line message.
/// </summary>
public sealed record AnalysisWarning(string Code, string Message);
