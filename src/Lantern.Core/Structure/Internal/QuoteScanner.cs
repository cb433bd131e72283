using Lantern.Text;

namespace Lantern.Structure.Internal;

/// <summary>
/// Finds top-level quoted passages in one paragraph: “…”, „…“, „…”, «…», »…«, "…" and ‘…’. Straight and
/// single quotes open only at the start of a word and close only at its end, so apostrophes ("it’s",
/// "the students’") are not taken for quotes; an unclosed quote yields nothing.
/// </summary>
internal static class QuoteScanner
{
    public static List<TextSpan> Scan(string text, TextSpan paragraph)
    {
        var result = new List<TextSpan>();
        var open = -1;
        var closers = "";
        for (var i = paragraph.Start; i < paragraph.End; i++)
        {
            var c = text[i];
            if (open < 0)
            {
                closers = c switch
                {
                    '“' => "”",
                    '„' => "“”",
                    '«' => "»",
                    '»' when StartsWord(text, i, paragraph) => "«",
                    '"' when StartsWord(text, i, paragraph) => "\"",
                    '‘' when StartsWord(text, i, paragraph) => "’",
                    _ => "",
                };
                if (closers.Length > 0)
                {
                    open = i;
                }

                continue;
            }

            if (closers.Contains(c, StringComparison.Ordinal) && (c is not ('"' or '’') || EndsWord(text, i, paragraph)))
            {
                if (HasContent(text, open + 1, i))
                {
                    result.Add(TextSpan.FromBounds(open, i + 1));
                }

                open = -1;
            }
        }

        return result;
    }

    private static bool StartsWord(string text, int i, TextSpan paragraph)
    {
        var before = i == paragraph.Start ? ' ' : text[i - 1];
        var after = i + 1 < paragraph.End ? text[i + 1] : ' ';
        return (char.IsWhiteSpace(before) || before is '(' or '[' or '—' or '–' or '-' or ':' or '/' or '«' or '“')
            && !char.IsWhiteSpace(after);
    }

    private static bool EndsWord(string text, int i, TextSpan paragraph)
    {
        var before = text[i - 1];
        var after = i + 1 < paragraph.End ? text[i + 1] : ' ';
        return !char.IsWhiteSpace(before) && !char.IsLetterOrDigit(after);
    }

    private static bool HasContent(string text, int start, int end)
    {
        for (var i = start; i < end; i++)
        {
            if (char.IsLetterOrDigit(text[i]))
            {
                return true;
            }
        }

        return false;
    }
}
