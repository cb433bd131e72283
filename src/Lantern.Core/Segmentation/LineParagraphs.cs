using Lantern.Documents;
using Lantern.Text;

namespace Lantern.Segmentation;

/// <summary>
/// Paragraph = non-empty line, the SemEval convention. Lines end at LF, CRLF or CR; line numbers
/// are 1-based over the whole text, counted exactly as SemEval label files count them.
/// </summary>
public static class LineParagraphs
{
    /// <summary>Every line of the text (terminators excluded) with its 1-based number.</summary>
    public static IEnumerable<(int Line, TextSpan Span)> Lines(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var line = 1;
        var start = 0;
        var i = 0;
        while (i < text.Length)
        {
            var c = text[i];
            if (c == '\n' || c == '\r')
            {
                yield return (line, TextSpan.FromBounds(start, i));
                i += c == '\r' && i + 1 < text.Length && text[i + 1] == '\n' ? 2 : 1;
                start = i;
                line++;
                continue;
            }

            i++;
        }

        if (start < text.Length)
        {
            yield return (line, TextSpan.FromBounds(start, text.Length));
        }
    }

    /// <summary>Non-blank lines inside <paramref name="within"/> (whole text when null), trimmed of surrounding whitespace.</summary>
    public static IReadOnlyList<Paragraph> Split(string text, TextSpan? within = null)
    {
        var range = within ?? new TextSpan(0, text.Length);
        var result = new List<Paragraph>();
        foreach (var (line, span) in Lines(text))
        {
            if (!range.Contains(span) && !(span.IsEmpty && range.Contains(span.Start)))
            {
                continue;
            }

            var trimmed = Trim(text, span);
            if (!trimmed.IsEmpty)
            {
                result.Add(new Paragraph(result.Count, trimmed, line));
            }
        }

        return result;
    }

    public static TextSpan Trim(string text, TextSpan span)
    {
        var s = span.Start;
        var e = span.End;
        while (s < e && char.IsWhiteSpace(text[s]))
        {
            s++;
        }

        while (e > s && char.IsWhiteSpace(text[e - 1]))
        {
            e--;
        }

        return TextSpan.FromBounds(s, e);
    }
}
