using Lantern.Text;

namespace Lantern.Cli.Internal;

internal sealed record SpanView(int Start, int End, string Text)
{
    /// <summary>End − Start, as in the rest of Lantern (offsets are UTF-16, end exclusive).</summary>
    public int Length => End - Start;

    public static SpanView Of(TextSpan span, string text) => new(span.Start, span.End, span.Of(text));
}
