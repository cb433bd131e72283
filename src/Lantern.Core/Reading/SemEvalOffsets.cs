using Lantern.Articles;
using Lantern.Text;

namespace Lantern.Reading;

/// <summary>
/// Converts SemEval span offsets (code points into the file as Python reads it, a byte-order mark
/// counting as one) to <see cref="TextSpan"/>s into <see cref="Article.Text"/> (UTF-16, no BOM) and back.
/// Build one per article and reuse it.
/// </summary>
public sealed class SemEvalOffsets
{
    private readonly CodePoints codePoints;
    private readonly int shift;

    private SemEvalOffsets(CodePoints codePoints, int shift)
    {
        this.codePoints = codePoints;
        this.shift = shift;
    }

    /// <summary>Code points in the file, BOM included: the largest valid offset.</summary>
    public int FileCodePointCount => codePoints.CodePointCount + shift;

    public static SemEvalOffsets For(Article article)
    {
        ArgumentNullException.ThrowIfNull(article);
        return new SemEvalOffsets(CodePoints.Of(article.Text), article.HasByteOrderMark ? 1 : 0);
    }

    /// <summary>The span of file code points [<paramref name="start"/>, <paramref name="end"/>); an offset on the BOM maps to the text start.</summary>
    public TextSpan ToSpan(int start, int end) =>
        codePoints.SpanFromCodePoints(Math.Max(start - shift, 0), Math.Max(end - shift, 0));

    /// <summary>The file code point offsets (start inclusive, end exclusive) of a span of the text.</summary>
    public (int Start, int End) ToCodePoints(TextSpan span)
    {
        var (start, end) = codePoints.SpanToCodePoints(span);
        return (start + shift, end + shift);
    }
}
