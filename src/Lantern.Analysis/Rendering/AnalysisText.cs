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

        return sb.ToString();
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
