using Lantern.Articles;
using Lantern.Text;

namespace Lantern.Reading;

/// <summary>
/// Converts SemEval span offsets (code points into the file as Python reads it: a byte-order mark counts as
/// one, and under <see cref="SemEvalLineEnds.CrLf"/> every LF as two) to <see cref="TextSpan"/>s into
/// <see cref="Article.Text"/> (UTF-16, no BOM) and back. Build one per article and reuse it.
/// </summary>
public sealed class SemEvalOffsets
{
    // utf16Of[fileCodePoint] = UTF-16 index in Article.Text; non-decreasing, FileCodePointCount + 1 entries.
    private readonly int[] utf16Of;

    // 1 when a BOM is code point 0: it shares UTF-16 index 0 with the first real character.
    private readonly int firstCodePoint;

    private SemEvalOffsets(int[] utf16Of, SemEvalLineEnds lineEnds, int firstCodePoint)
    {
        this.utf16Of = utf16Of;
        this.firstCodePoint = firstCodePoint;
        LineEnds = lineEnds;
    }

    public SemEvalLineEnds LineEnds { get; }

    /// <summary>Code points in the file as the span files count them: the largest valid offset.</summary>
    public int FileCodePointCount => utf16Of.Length - 1;

    public static SemEvalOffsets For(Article article, SemEvalLineEnds lineEnds = SemEvalLineEnds.AsRead)
    {
        ArgumentNullException.ThrowIfNull(article);
        var text = article.Text;
        var map = new List<int>(text.Length + 2);
        if (article.HasByteOrderMark)
        {
            map.Add(0);
        }

        var i = 0;
        while (i < text.Length)
        {
            if (lineEnds == SemEvalLineEnds.CrLf && text[i] == '\n' && (i == 0 || text[i - 1] != '\r'))
            {
                map.Add(i);
            }

            map.Add(i);
            i += char.IsHighSurrogate(text[i]) && i + 1 < text.Length && char.IsLowSurrogate(text[i + 1]) ? 2 : 1;
        }

        map.Add(text.Length);
        return new SemEvalOffsets([.. map], lineEnds, article.HasByteOrderMark ? 1 : 0);
    }

    /// <summary>
    /// Guesses how an article's span offsets count line ends: <see cref="SemEvalLineEnds.CrLf"/> when a span
    /// only fits the text that way, or when clearly more spans then start and end on word boundaries.
    /// </summary>
    public static SemEvalLineEnds Guess(Article article, IReadOnlyCollection<(int Start, int End)> spans)
    {
        ArgumentNullException.ThrowIfNull(spans);
        if (spans.Count == 0 || !article.Text.Contains('\n', StringComparison.Ordinal))
        {
            return SemEvalLineEnds.AsRead;
        }

        var asRead = For(article);
        var crLf = For(article, SemEvalLineEnds.CrLf);
        if (spans.Any(s => s.End > asRead.FileCodePointCount))
        {
            return spans.All(s => s.End <= crLf.FileCodePointCount) ? SemEvalLineEnds.CrLf : SemEvalLineEnds.AsRead;
        }

        var margin = Math.Max(1, spans.Count / 20);
        return crLf.OnWordBoundaries(article.Text, spans) > asRead.OnWordBoundaries(article.Text, spans) + margin
            ? SemEvalLineEnds.CrLf
            : SemEvalLineEnds.AsRead;
    }

    /// <summary>The span of file code points [<paramref name="start"/>, <paramref name="end"/>).</summary>
    public TextSpan ToSpan(int start, int end)
    {
        Check(start);
        Check(end);
        return TextSpan.FromBounds(utf16Of[start], Math.Max(utf16Of[start], utf16Of[end]));
    }

    /// <summary>The file code point offsets (start inclusive, end exclusive) of a span of the text.</summary>
    public (int Start, int End) ToCodePoints(TextSpan span) => (FirstAtOrAfter(span.Start), FirstAtOrAfter(span.End));

    private int OnWordBoundaries(string text, IEnumerable<(int Start, int End)> spans)
    {
        var count = 0;
        foreach (var (start, end) in spans)
        {
            if (start < 0 || end < start || end > FileCodePointCount)
            {
                continue;
            }

            var span = ToSpan(start, end);
            var startOk = span.Start == 0 || !(char.IsLetterOrDigit(text[span.Start - 1]) && span.Start < text.Length && char.IsLetterOrDigit(text[span.Start]));
            var endOk = span.End >= text.Length || span.End == 0 || !(char.IsLetterOrDigit(text[span.End - 1]) && char.IsLetterOrDigit(text[span.End]));
            count += startOk && endOk ? 1 : 0;
        }

        return count;
    }

    // The first code point (after any BOM) mapped to utf16 or beyond: a boundary at a line end falls before a virtual CR.
    private int FirstAtOrAfter(int utf16)
    {
        if (utf16 < 0 || utf16 > utf16Of[^1])
        {
            throw new ArgumentOutOfRangeException(nameof(utf16), $"UTF-16 offset {utf16} is outside the text");
        }

        int low = firstCodePoint, high = utf16Of.Length - 1;
        while (low < high)
        {
            var mid = (low + high) / 2;
            if (utf16Of[mid] < utf16)
            {
                low = mid + 1;
            }
            else
            {
                high = mid;
            }
        }

        return low;
    }

    private void Check(int codePoint)
    {
        if (codePoint < 0 || codePoint >= utf16Of.Length)
        {
            throw new ArgumentOutOfRangeException(nameof(codePoint), $"code point offset {codePoint} is outside a file of {FileCodePointCount} code points");
        }
    }
}
