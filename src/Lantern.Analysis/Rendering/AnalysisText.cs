using System.Globalization;
using System.Text;
using Lantern.Analysis.Rendering.Internal;

namespace Lantern.Analysis.Rendering;

/// <summary>
/// The terminal view of an analysis: a header (title, language, genre, frames), each paragraph with its
/// technique spans marked inline as <c>⟦…⟧¹</c> and its paragraph techniques below, then a numbered legend.
/// With <c>markup: true</c> the result is Spectre.Console markup (coloured, article text escaped);
/// otherwise plain text.
/// </summary>
public static class AnalysisText
{
    private const string Superscripts = "⁰¹²³⁴⁵⁶⁷⁸⁹";

    public static string Render(ArticleAnalysis analysis, bool markup)
    {
        ArgumentNullException.ThrowIfNull(analysis);
        var text = analysis.Text;
        var numbers = Numbering(analysis);
        var sb = new StringBuilder();
        void Line(string value) => sb.Append(value).Append('\n');
        string Esc(string s) => markup ? EscapeMarkup(s) : s;
        string Dim(string s) => markup ? $"[grey]{EscapeMarkup(s)}[/]" : s;
        string Bold(string s) => markup ? $"[bold]{EscapeMarkup(s)}[/]" : s;

        Line(Bold(analysis.Title ?? analysis.Id));
        Line(Dim(string.Create(CultureInfo.InvariantCulture, $"language {analysis.Language.Code} ({analysis.Language.Confidence:0.00})  ·  model {analysis.Model}")));
        Line($"{Bold("Genre")}  {Esc(analysis.Genre.Label)}  {Dim(Scores(analysis.Genre.Scores))}");
        Line($"{Bold("Frames")} {(analysis.Frames.Count == 0 ? Dim("none") : Esc(Scores(analysis.Frames)))}");
        foreach (var w in analysis.Warnings)
        {
            Line(markup ? $"[yellow]warning:[/] {EscapeMarkup(w.Message)}" : $"warning: {w.Message}");
        }

        if (analysis.Summary.Length > 0)
        {
            Line($"{Bold("Summary")} {Esc(analysis.Summary)}");
        }

        Line(string.Empty);
        foreach (var p in analysis.Paragraphs)
        {
            foreach (var (piece, covering) in Segments.Cut(p.Span, analysis.Spans))
            {
                foreach (var i in covering.Where(i => analysis.Spans[i].Start == piece.Start))
                {
                    sb.Append(Marker("⟦", analysis.Spans[i].Technique, markup));
                }

                var chunk = piece.Of(text);
                var innermost = covering.Count > 0 ? analysis.Spans[covering[^1]].Technique : null;
                sb.Append(markup && innermost is not null ? $"[{TechniquePalette.Colour(innermost)}]{EscapeMarkup(chunk)}[/]" : Esc(chunk));
                foreach (var i in covering.Where(i => analysis.Spans[i].Span.End == piece.End).Reverse())
                {
                    var technique = analysis.Spans[i].Technique;
                    sb.Append(Marker("⟧" + Superscript(numbers[technique]), technique, markup));
                }
            }

            sb.Append('\n');
            if (p.Techniques.Count > 0)
            {
                Line(Dim(string.Create(CultureInfo.InvariantCulture, $"  ¶ line {p.Line}: {Scores(p.Techniques)}")));
            }

            if (p.Voice.Kind != Voices.VoiceKind.Author || p.Voice.QuotedShare + p.Voice.ReportedShare > 0)
            {
                Line(Dim(string.Create(CultureInfo.InvariantCulture, $"  ¶ voice {p.Voice.Kind.ToString().ToLowerInvariant()}{(p.Voice.Speaker is { } sp ? " (" + sp + ")" : string.Empty)}: {p.Voice.QuotedShare:P0} quoted, {p.Voice.ReportedShare:P0} reported")));
            }

            sb.Append('\n');
        }

        Line(Bold("Legend"));
        foreach (var (technique, number) in numbers.OrderBy(n => n.Value))
        {
            var count = analysis.Spans.Count(s => s.Technique == technique);
            Line($"  {Marker(number.ToString(CultureInfo.InvariantCulture), technique, markup)} {Esc(technique)} ({count})");
        }

        if (numbers.Count == 0)
        {
            Line(Dim("  no technique span found"));
        }

        var others = analysis.Spans.Where(x => x.Voice.IsOthers).ToList();
        if (others.Count > 0)
        {
            Line(Bold("Voices"));
            foreach (var x in others)
            {
                Line(string.Create(CultureInfo.InvariantCulture, $"  {Esc(x.Technique)} \"{Esc(x.Text)}\": {x.Voice.Kind.ToString().ToLowerInvariant()}{(x.Voice.Speaker is { } sp ? ", " + Esc(sp) : string.Empty)}"));
            }
        }

        if (analysis.CallsToAction.Calls.Count > 0)
        {
            Line(Bold("Calls to action"));
            foreach (var c in analysis.CallsToAction.Calls)
            {
                var who = c.Voice.IsOthers ? $" ({c.Voice.Kind.ToString().ToLowerInvariant()}{(c.Voice.Speaker is { } sp ? ", " + sp : string.Empty)})" : string.Empty;
                Line($"  {Esc(c.Class.ToString().ToLowerInvariant())}{Esc(who)}: \"{Esc(c.Text)}\"  {Dim("cues: " + string.Join(", ", c.Cues.Select(x => x.Text)))}");
            }
        }

        if (analysis.Explanations.Count > 0 || analysis.ParagraphExplanations.Count > 0)
        {
            Line(Bold("Why"));
            foreach (var e in analysis.Explanations)
            {
                var cues = string.Join(", ", e.Cues.Select(c => string.Create(CultureInfo.InvariantCulture, $"{c.Text} −{c.Drop:0.000}")));
                Line($"  {Esc(e.Technique)} \"{Esc(e.Text)}\": {Esc(cues.Length == 0 ? "no single word lowers the score" : cues)}");
                Line(Dim("    " + e.Definition));
                foreach (var similar in e.Similar)
                {
                    Line(Dim(Esc(SimilarLine(similar))));
                }
            }

            foreach (var e in analysis.ParagraphExplanations)
            {
                var cues = string.Join(", ", e.Cues.Select(c => string.Create(CultureInfo.InvariantCulture, $"{c.Text} −{c.Drop:0.000}")));
                var tried = e.WordsTested < e.Words ? string.Create(CultureInfo.InvariantCulture, $" ({e.WordsTested} of {e.Words} words tried)") : string.Empty;
                Line(string.Create(CultureInfo.InvariantCulture, $"  ¶ {e.Paragraph + 1} {Esc(e.Technique)} {e.Score:0.00}: {Esc(cues.Length == 0 ? "no single word lowers the score" : cues)}{tried}"));
                Line(Dim("    " + e.Definition));
                foreach (var similar in e.Similar)
                {
                    Line(Dim(Esc(SimilarLine(similar))));
                }
            }
        }

        return sb.ToString();
    }

    private static string SimilarLine(Explanations.SimilarPassage similar)
    {
        var text = similar.Text.ReplaceLineEndings(" ");
        text = text.Length > 120 ? string.Concat(text.AsSpan(0, 119), "…") : text;
        var where = string.Join(", ", new[] { similar.Title, similar.Source }.Where(x => !string.IsNullOrWhiteSpace(x)));
        return string.Create(CultureInfo.InvariantCulture, $"    similar {similar.Similarity:0.00}: \"{text}\" (article {similar.ArticleId}{(where.Length == 0 ? string.Empty : ", " + where)})");
    }

    /// <summary>Escapes Spectre.Console markup (<c>[</c> and <c>]</c>) so article text can never become markup.</summary>
    public static string EscapeMarkup(string text) => text.Replace("[", "[[", StringComparison.Ordinal).Replace("]", "]]", StringComparison.Ordinal);

    private static Dictionary<string, int> Numbering(ArticleAnalysis analysis)
    {
        var numbers = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (var s in analysis.Spans)
        {
            numbers.TryAdd(s.Technique, numbers.Count + 1);
        }

        return numbers;
    }

    private static string Marker(string marker, string technique, bool markup) =>
        markup ? $"[bold {TechniquePalette.Colour(technique)}]{EscapeMarkup(marker)}[/]" : marker;

    private static string Superscript(int n) =>
        string.Concat(n.ToString(CultureInfo.InvariantCulture).Select(d => Superscripts[d - '0']));

    private static string Scores(IEnumerable<ScoredLabel> scores) =>
        string.Join(", ", scores.Select(s => string.Create(CultureInfo.InvariantCulture, $"{s.Label} {s.Score:0.00}")));
}
