namespace Lantern.Cli.Internal;

internal sealed record ParagraphView(int Index, int Line, int Start, int End, LanguageView? Language, string Text, IReadOnlyList<SentenceView> Sentences)
{
    /// <summary>End − Start, as in the rest of Lantern (offsets are UTF-16, end exclusive).</summary>
    public int Length => End - Start;
}
