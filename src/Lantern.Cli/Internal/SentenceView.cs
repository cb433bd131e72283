namespace Lantern.Cli.Internal;

internal sealed record SentenceView(int Index, int Start, int End, string Text)
{
    /// <summary>End − Start, as in the rest of Lantern (offsets are UTF-16, end exclusive).</summary>
    public int Length => End - Start;
}
