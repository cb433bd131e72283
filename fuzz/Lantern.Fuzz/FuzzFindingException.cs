namespace Lantern.Fuzz;

/// <summary>A reader returned a result that breaks an invariant (e.g. a span outside the text): a finding, like a crash.</summary>
public sealed class FuzzFindingException(string message) : Exception(message);
