namespace Lantern.Fuzz;

/// <summary>
/// One fuzz target: <see cref="Run"/> feeds one input to a reader and returns normally when the input was read or
/// refused with a documented user-facing error; anything else it throws (an unexpected exception, or a
/// <see cref="FuzzFindingException"/> for a broken invariant) is a finding.
/// </summary>
public sealed record FuzzTarget(string Name, string Description, Action<byte[]> Run);
