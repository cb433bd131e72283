namespace Lantern.Fuzz;

/// <summary>An input that made a target throw what it must not, with what it threw.</summary>
public sealed record FuzzFinding(string Target, byte[] Input, Exception Error)
{
    public override string ToString() => $"{Target}: {Error.GetType().Name}: {Error.Message.ReplaceLineEndings(" ")}";
}
