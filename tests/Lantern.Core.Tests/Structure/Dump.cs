using Lantern.Articles;
using Lantern.Documents;
using Lantern.Segmentation;
using Lantern.Structure;
using Lantern.Text;

namespace Lantern.Tests.Structure;

/// <summary>Golden dumps: one line per span, "kind start-end "text" [detail]", checked against the text as it prints.</summary>
internal static class Dump
{
    public static Article Article(string text, string id = "t1") => new() { Id = id, Text = text };

    public static string Spans(string text, IEnumerable<StructureSpan> spans) =>
        string.Join("\n", spans.Select(s => Line(text, s.Kind.ToString().ToLowerInvariant(), s.Span, s.Detail)));

    public static string Spans(string text, IEnumerable<TextSpan> spans, string kind) =>
        string.Join("\n", spans.Select(s => Line(text, kind, s, null)));

    public static string Detect(IStructureDetector detector, string text)
    {
        var article = Article(text);
        var paragraphs = LineParagraphs.Split(text);
        var sentences = paragraphs
            .SelectMany(p => RuleSentenceSplitter.Default.Split(text, p.Span).Select(s => (s, p.Index)))
            .Select((x, i) => new Sentence(i, x.s, x.Index))
            .ToList();
        var spans = detector.Detect(new StructureContext(article, paragraphs, sentences), CancellationToken.None)
            .OrderBy(s => s.Span.Start).ThenByDescending(s => s.Span.Length).ThenBy(s => s.Kind);
        return Spans(text, spans);
    }

    private static string Line(string text, string kind, TextSpan span, string? detail) =>
        $"{kind} {span.Start}-{span.End} \"{span.Of(text)}\"" + (detail is null ? "" : $" [{detail}]");
}
