namespace Lantern.Cli.Internal;

internal sealed record StructureView(string Kind, int Start, int End, string Text, string? Detail)
{
    /// <summary>End − Start, as in the rest of Lantern (offsets are UTF-16, end exclusive).</summary>
    public int Length => End - Start;
}
