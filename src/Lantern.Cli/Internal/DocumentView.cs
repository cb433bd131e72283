using Lantern.Documents;

namespace Lantern.Cli.Internal;

internal sealed record DocumentView(
    string Id,
    string Format,
    int Length,
    string? Title,
    SpanView? TitleSpan,
    SpanView Body,
    string? Source,
    string? Url,
    DateTimeOffset? Published,
    string? Author,
    string? DeclaredLanguage,
    LanguageView Language,
    IReadOnlyList<string> Warnings,
    IReadOnlyList<StructureView> Structure,
    IReadOnlyList<ParagraphView> Paragraphs)
{
    public static DocumentView Of(ArticleDocument d)
    {
        var a = d.Article;
        var text = a.Text;
        return new DocumentView(
            a.Id,
            a.Format,
            text.Length,
            a.Title,
            a.TitleSpan is { } t ? SpanView.Of(t, text) : null,
            SpanView.Of(a.Body, text),
            a.Source,
            a.Url,
            a.Published,
            a.Author,
            a.Language,
            LanguageView.Of(d.Language),
            a.Warnings,
            [.. d.Structure.Select(s => new StructureView(s.Kind.ToString(), s.Span.Start, s.Span.End, s.Span.Of(text), s.Detail))],
            [.. d.Paragraphs.Select(p => new ParagraphView(
                p.Index,
                p.Line,
                p.Span.Start,
                p.Span.End,
                p.Index < d.ParagraphLanguages.Count ? LanguageView.Of(d.ParagraphLanguages[p.Index]) : null,
                p.Span.Of(text),
                [.. d.Sentences.Where(s => s.ParagraphIndex == p.Index).Select(s => new SentenceView(s.Index, s.Span.Start, s.Span.End, s.Span.Of(text)))]))]);
    }
}
