using System.Globalization;
using System.Text;
using Lantern.Documents;
using Lantern.Text;

namespace Lantern.Cli.Internal;

/// <summary>
/// The readable dump of <c>lantern read</c>: one line per item, each with its <c>[start..end)</c> span
/// (UTF-16 offsets into the article text) and the text it covers, so offset bugs show at a glance.
/// </summary>
internal static class DocumentText
{
    private const int Snippet = 70;

    public static string Of(ArticleDocument d)
    {
        var a = d.Article;
        var text = a.Text;
        var b = new StringBuilder();
        Line(b, "article", a.Id);
        Line(b, "format", a.Format);
        Line(b, "length", $"{text.Length} chars");
        Line(b, "language", $"{d.Language} (declared: {a.Language ?? "-"})");
        if (a.Title is not null)
        {
            Line(b, "title", a.TitleSpan is { } t ? $"{t} {Quote(t.Of(text))}" : Quote(a.Title));
        }

        Line(b, "body", a.Body.ToString());
        Optional(b, "source", a.Source);
        Optional(b, "url", a.Url);
        Optional(b, "published", a.Published?.ToString("O", CultureInfo.InvariantCulture));
        Optional(b, "author", a.Author);
        foreach (var w in a.Warnings)
        {
            Line(b, "warning", w);
        }

        b.Append(CultureInfo.InvariantCulture, $"\nstructure ({d.Structure.Count})\n");
        foreach (var s in d.Structure)
        {
            b.Append(CultureInfo.InvariantCulture, $"  {s.Kind,-13} {s.Span,-14} {Quote(s.Span.Of(text))}{(s.Detail is null ? string.Empty : $"  ({s.Detail})")}\n");
        }

        b.Append(CultureInfo.InvariantCulture, $"\nparagraphs ({d.Paragraphs.Count}), sentences ({d.Sentences.Count})\n");
        foreach (var p in d.Paragraphs)
        {
            var language = p.Index < d.ParagraphLanguages.Count ? d.ParagraphLanguages[p.Index].ToString() : "-";
            b.Append(CultureInfo.InvariantCulture, $"  paragraph {p.Index} line {p.Line} {p.Span} {language} {Quote(p.Span.Of(text))}\n");
            foreach (var s in d.Sentences.Where(s => s.ParagraphIndex == p.Index))
            {
                b.Append(CultureInfo.InvariantCulture, $"    sentence {s.Index} {s.Span} {Quote(s.Span.Of(text))}\n");
            }
        }

        return b.ToString();
    }

    private static void Line(StringBuilder b, string key, string value) =>
        b.Append(CultureInfo.InvariantCulture, $"{key,-10} {value}\n");

    private static void Optional(StringBuilder b, string key, string? value)
    {
        if (value is not null)
        {
            Line(b, key, value);
        }
    }

    // Quoted, on one line, shortened in the middle so both ends of a long span stay visible.
    private static string Quote(string s)
    {
        var one = s.ReplaceLineEndings("⏎").Replace('\t', '→');
        if (one.Length > Snippet)
        {
            one = string.Concat(one.AsSpan(0, (Snippet / 2) - 1), " … ", one.AsSpan(one.Length - (Snippet / 2) + 2));
        }

        return $"\"{one}\"";
    }
}
