using Lantern.Articles;
using Lantern.Reading;
using Lantern.Segmentation;
using Lantern.SemEval;

namespace Lantern.Analysis.SemEval;

/// <summary>
/// Turns an analysis into SemEval-2023 Task 3 prediction rows. This is the boundary where Lantern's
/// UTF-16 offsets become the code point offsets the SemEval span files count.
/// </summary>
public static class SemEvalPredictions
{
    /// <summary>The article ID of a SemEval file name (<c>article123.txt</c> → <c>123</c>); the bare name otherwise.</summary>
    public static string ArticleId(string path) => SemEvalArticleReader.IdOf(path);

    public static GenreLabel Genre(string articleId, ArticleAnalysis analysis) => new(articleId, analysis.Genre.Label);

    public static FrameLabels Frames(string articleId, ArticleAnalysis analysis) => new(articleId, [.. analysis.Frames.Select(f => f.Label)]);

    /// <summary>
    /// One row per non-empty line of the text (title line included), numbered as the label files number
    /// lines; a line gets the techniques of every analysed paragraph that overlaps it, so the rows are
    /// right whatever the segmenter took as a paragraph.
    /// </summary>
    public static IReadOnlyList<ParagraphLabels> Paragraphs(string articleId, ArticleAnalysis analysis)
    {
        ArgumentNullException.ThrowIfNull(analysis);
        var rows = new List<ParagraphLabels>();
        foreach (var line in LineParagraphs.Split(analysis.Text))
        {
            var techniques = analysis.Paragraphs
                .Where(p => p.Span.Overlaps(line.Span) || (p.Line == line.Line))
                .SelectMany(p => p.Techniques)
                .Select(t => t.Label)
                .Distinct(StringComparer.Ordinal)
                .Order(StringComparer.Ordinal)
                .ToArray();
            rows.Add(new ParagraphLabels(articleId, line.Line, techniques));
        }

        return rows;
    }

    /// <summary>
    /// Span rows with START/END in code points of the article file, counted as the readers count gold span
    /// files (<see cref="SemEvalOffsets"/>): a byte-order mark the file began with is code point 0.
    /// </summary>
    public static IReadOnlyList<SpanLabel> Spans(string articleId, ArticleAnalysis analysis, bool hadByteOrderMark = false)
    {
        ArgumentNullException.ThrowIfNull(analysis);
        var map = SemEvalOffsets.For(new Article { Id = articleId, Text = analysis.Text, HasByteOrderMark = hadByteOrderMark });
        return [.. analysis.Spans.Select(s =>
        {
            var (start, end) = map.ToCodePoints(s.Span);
            return new SpanLabel(articleId, s.Technique, start, end);
        })];
    }
}
