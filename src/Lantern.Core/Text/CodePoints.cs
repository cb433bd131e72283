namespace Lantern.Text;

/// <summary>
/// Conversion between Unicode code point offsets (what SemEval span files count) and UTF-16
/// offsets (what every <see cref="TextSpan"/> in Lantern counts). They differ after any character
/// outside the Basic Multilingual Plane, such as an emoji.
/// </summary>
public sealed class CodePoints
{
    // utf16Of[cp] = UTF-16 index of code point cp; has CodePointCount + 1 entries.
    private readonly int[] utf16Of;

    private CodePoints(int[] utf16Of) => this.utf16Of = utf16Of;

    public int CodePointCount => utf16Of.Length - 1;

    public static CodePoints Of(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var map = new List<int>(text.Length + 1);
        var i = 0;
        while (i < text.Length)
        {
            map.Add(i);
            i += char.IsHighSurrogate(text[i]) && i + 1 < text.Length && char.IsLowSurrogate(text[i + 1]) ? 2 : 1;
        }

        map.Add(text.Length);
        return new CodePoints([.. map]);
    }

    /// <summary>The UTF-16 index of code point offset <paramref name="codePoint"/> (which may equal the count, for an end).</summary>
    public int ToUtf16(int codePoint)
    {
        if (codePoint < 0 || codePoint >= utf16Of.Length)
        {
            throw new ArgumentOutOfRangeException(nameof(codePoint), $"code point offset {codePoint} is outside a text of {CodePointCount} code points");
        }

        return utf16Of[codePoint];
    }

    /// <summary>The code point offset of UTF-16 index <paramref name="utf16"/>; an index inside a surrogate pair maps to its pair's start.</summary>
    public int ToCodePoint(int utf16)
    {
        var found = Array.BinarySearch(utf16Of, utf16);
        if (found >= 0)
        {
            return found;
        }

        var next = ~found;
        if (next == 0 || next > CodePointCount)
        {
            throw new ArgumentOutOfRangeException(nameof(utf16), $"UTF-16 offset {utf16} is outside the text");
        }

        return next - 1;
    }

    public TextSpan SpanFromCodePoints(int start, int end) => TextSpan.FromBounds(ToUtf16(start), ToUtf16(end));

    public (int Start, int End) SpanToCodePoints(TextSpan span) => (ToCodePoint(span.Start), ToCodePoint(span.End));

    /// <summary>Counts code points without building a map.</summary>
    public static int Count(string text) => text.EnumerateRunes().Count();
}
