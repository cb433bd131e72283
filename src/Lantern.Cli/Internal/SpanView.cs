using Lantern.Text;

namespace Lantern.Cli.Internal;

internal sealed record SpanView(int Start, int End, string Text)
{
    public static SpanView Of(TextSpan span, string text) => new(span.Start, span.End, span.Of(text));
}
