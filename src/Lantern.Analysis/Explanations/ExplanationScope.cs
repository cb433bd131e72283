using Lantern.Text;

namespace Lantern.Analysis.Explanations;

/// <summary>
/// Which findings <see cref="ArticleAnalyzer.Explain(Articles.Article, ExplanationScope, CancellationToken)"/> explains:
/// <see cref="All"/> spans and paragraph labels, one span (<see cref="OfSpan"/>) or one paragraph label
/// (<see cref="OfParagraph"/>). Explaining one finding re-encodes only its own paragraph's variants.
/// </summary>
public sealed record ExplanationScope
{
    private ExplanationScope(bool spans, bool paragraphs, string? technique, TextSpan? span, int? paragraph)
    {
        Spans = spans;
        Paragraphs = paragraphs;
        Technique = technique;
        Span = span;
        Paragraph = paragraph;
    }

    public static ExplanationScope All { get; } = new(true, true, null, null, null);

    /// <summary>Spans only (what <c>--explain</c> did before paragraph labels were explained).</summary>
    public static ExplanationScope SpansOnly { get; } = new(true, false, null, null, null);

    public bool Spans { get; }

    public bool Paragraphs { get; }

    public string? Technique { get; }

    public TextSpan? Span { get; }

    public int? Paragraph { get; }

    public static ExplanationScope OfSpan(string technique, int start, int length) => new(true, false, technique, new TextSpan(start, length), null);

    public static ExplanationScope OfParagraph(int paragraph, string technique) => new(false, true, technique, null, paragraph);

    internal bool Includes(SpanFinding span) =>
        Spans && (Technique is null || Technique == span.Technique) && (Span is null || Span == span.Span);

    internal bool Includes(ParagraphAnalysis paragraph, string technique) =>
        Paragraphs && (Technique is null || Technique == technique) && (Paragraph is null || Paragraph == paragraph.Index);
}
