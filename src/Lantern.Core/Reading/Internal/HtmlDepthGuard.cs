using System.Text;

namespace Lantern.Reading.Internal;

/// <summary>
/// Flattens HTML nested deeper than a limit before parsing. The HTML parser's tree construction
/// costs O(depth) per start tag (scope checks walk the stack of open elements), so 100,000 nested
/// <c>&lt;div&gt;</c>s would take minutes: start tags past the limit and their matching end tags
/// are removed, which keeps every piece of text. A linear scan; the input is copied only when cut.
/// </summary>
internal static class HtmlDepthGuard
{
    public const int MaxDepth = 256;

    private static readonly HashSet<string> VoidSet = new(StringComparer.OrdinalIgnoreCase)
    {
        "area", "base", "br", "col", "embed", "hr", "img", "input", "link", "meta", "param", "source", "track", "wbr",
        "keygen", "basefont", "bgsound", "frame", "image",
    };

    // Elements the parser closes by itself when a sibling starts (or ignores when nested): they do not build depth.
    private static readonly HashSet<string> SelfClosingSet = new(StringComparer.OrdinalIgnoreCase)
    {
        "p", "li", "dt", "dd", "option", "optgroup", "tr", "td", "th", "thead", "tbody", "tfoot", "rb", "rt", "rp", "rtc",
        "caption", "colgroup", "a", "button", "nobr", "html", "head", "body", "form",
    };

    private static readonly HashSet<string> RawTextSet = new(StringComparer.OrdinalIgnoreCase)
    {
        "script", "style", "textarea", "title", "xmp", "iframe", "noembed", "noframes", "plaintext",
    };

    // Looked up by span: no string per tag.
    private static readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> Void = VoidSet.GetAlternateLookup<ReadOnlySpan<char>>();
    private static readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> SelfClosing = SelfClosingSet.GetAlternateLookup<ReadOnlySpan<char>>();
    private static readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> RawText = RawTextSet.GetAlternateLookup<ReadOnlySpan<char>>();

    /// <summary>The HTML with tags past <paramref name="maxDepth"/> removed; <paramref name="cut"/> tells whether any were.</summary>
    public static string Limit(string html, int maxDepth, out bool cut)
    {
        List<(int Start, int End)>? drops = null;
        var depth = 0;
        var skipped = 0;
        var foreign = 0;
        var i = 0;
        while ((i = html.IndexOf('<', i)) >= 0)
        {
            if (string.CompareOrdinal(html, i, "<!--", 0, 4) == 0)
            {
                var close = html.IndexOf("-->", i + 4, StringComparison.Ordinal);
                i = close < 0 ? html.Length : close + 3;
                continue;
            }

            if (i + 1 < html.Length && html[i + 1] is '!' or '?')
            {
                var close = html.IndexOf('>', i + 1);
                i = close < 0 ? html.Length : close + 1;
                continue;
            }

            var closing = i + 1 < html.Length && html[i + 1] == '/';
            var nameStart = i + (closing ? 2 : 1);
            if (nameStart >= html.Length || !char.IsAsciiLetter(html[nameStart]))
            {
                i++;
                continue;
            }

            var nameEnd = nameStart;
            while (nameEnd < html.Length && (char.IsAsciiLetterOrDigit(html[nameEnd]) || html[nameEnd] is '-' or ':' or '_'))
            {
                nameEnd++;
            }

            var name = html.AsSpan(nameStart, nameEnd - nameStart);
            var tagEnd = EndOfTag(html, nameEnd);
            var selfClosed = tagEnd > 0 && html[tagEnd - 1] == '/';
            var next = tagEnd + 1;
            if (!closing && RawText.Contains(name))
            {
                var end = IndexOfEndTag(html, name, next);
                i = end < 0 ? html.Length : end;
                continue;
            }

            if (!selfClosed && (name.Equals("svg", StringComparison.OrdinalIgnoreCase) || name.Equals("math", StringComparison.OrdinalIgnoreCase)))
            {
                foreign += closing ? (foreign > 0 ? -1 : 0) : 1;
            }

            if (Void.Contains(name) || SelfClosing.Contains(name) || (selfClosed && foreign > 0))
            {
                i = next;
                continue;
            }

            if (!closing)
            {
                if (depth >= maxDepth)
                {
                    (drops ??= []).Add((i, next));
                    skipped++;
                }
                else
                {
                    depth++;
                }
            }
            else if (skipped > 0)
            {
                (drops ??= []).Add((i, next));
                skipped--;
            }
            else if (depth > 0)
            {
                depth--;
            }

            i = next;
        }

        cut = drops is not null;
        return drops is null ? html : Remove(html, drops);
    }

    private static int IndexOfEndTag(string html, ReadOnlySpan<char> name, int from)
    {
        for (var i = html.IndexOf("</", from, StringComparison.Ordinal); i >= 0; i = html.IndexOf("</", i + 2, StringComparison.Ordinal))
        {
            if (html.AsSpan(i + 2).StartsWith(name, StringComparison.OrdinalIgnoreCase))
            {
                return i;
            }
        }

        return -1;
    }

    private static int EndOfTag(string html, int i)
    {
        while (i < html.Length)
        {
            var c = html[i];
            if (c == '>')
            {
                return i;
            }

            if (c is '"' or '\'')
            {
                var close = html.IndexOf(c, i + 1);
                if (close < 0)
                {
                    return html.Length - 1;
                }

                i = close;
            }

            i++;
        }

        return html.Length - 1;
    }

    private static string Remove(string html, List<(int Start, int End)> drops)
    {
        var builder = new StringBuilder(html.Length);
        var from = 0;
        foreach (var (start, end) in drops)
        {
            builder.Append(html, from, start - from);
            from = Math.Min(end, html.Length);
        }

        builder.Append(html, from, html.Length - from);
        return builder.ToString();
    }
}
