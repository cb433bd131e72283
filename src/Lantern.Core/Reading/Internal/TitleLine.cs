using Lantern.Segmentation;
using Lantern.Text;

namespace Lantern.Reading.Internal;

/// <summary>The title as the first non-blank line, and the body as everything after that line.</summary>
internal static class TitleLine
{
    /// <summary>(title span trimmed, body span after the title line's terminator), or null when every line is blank.</summary>
    public static (TextSpan Title, TextSpan Body)? Find(string text)
    {
        foreach (var (_, span) in LineParagraphs.Lines(text))
        {
            var trimmed = LineParagraphs.Trim(text, span);
            if (trimmed.IsEmpty)
            {
                continue;
            }

            var bodyStart = SkipLineEnd(text, span.End);
            return (trimmed, TextSpan.FromBounds(bodyStart, text.Length));
        }

        return null;
    }

    private static int SkipLineEnd(string text, int i)
    {
        if (i < text.Length && text[i] == '\r')
        {
            return i + 1 < text.Length && text[i + 1] == '\n' ? i + 2 : i + 1;
        }

        return i < text.Length && text[i] == '\n' ? i + 1 : i;
    }
}
