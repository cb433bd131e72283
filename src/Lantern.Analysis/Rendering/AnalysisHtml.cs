using System.Globalization;
using System.Net;
using System.Text;
using Lantern.Analysis.Rendering.Internal;

namespace Lantern.Analysis.Rendering;

/// <summary>
/// One self-contained HTML page for an analysis: inline CSS, no script, no external resource (a
/// Content-Security-Policy forbids both). Each technique span is highlighted in its colour; where spans
/// overlap, every covering technique adds its own stacked underline. Paragraph labels, genre and frames
/// with scores, and a legend with counts. All article text is HTML-encoded.
/// </summary>
public static class AnalysisHtml
{
    private const string Style = """
        body{font:16px/1.5 Georgia,serif;max-width:52rem;margin:2rem auto;padding:0 1rem;color:#222;background:#fdfdfb}
        h1{font-size:1.6rem;margin:.2rem 0}
        .meta{color:#666;font:13px/1.4 system-ui,sans-serif}
        .panel{font:14px/1.4 system-ui,sans-serif;display:flex;gap:2rem;flex-wrap:wrap;margin:1rem 0;padding:.8rem;background:#f3f3ef;border-radius:6px}
        .panel h2{font-size:.9rem;margin:0 0 .3rem;text-transform:uppercase;letter-spacing:.05em;color:#555}
        .bar{display:flex;align-items:center;gap:.4rem}
        .bar span.fill{display:inline-block;height:.6rem;background:#4363d8;border-radius:2px}
        .chosen{font-weight:bold}
        .legend{list-style:none;padding:0;margin:0;columns:2}
        .legend li{margin:.1rem 0}
        .sw{display:inline-block;width:.9rem;height:.9rem;border-radius:2px;vertical-align:middle;margin-right:.3rem}
        .warn{color:#8a5a00;font:13px system-ui,sans-serif}
        p.para{line-height:2.6;margin:0 0 1.2rem}
        .plabel{display:block;font:12px/1.4 system-ui,sans-serif;color:#555;margin-top:-.2rem}
        .plabel .chip{display:inline-block;border-radius:3px;padding:0 .35rem;margin-right:.25rem;color:#fff}
        .ln{font:11px system-ui,sans-serif;color:#999;margin-right:.4rem}
        mark{background:none;color:inherit;padding-bottom:.1rem;-webkit-box-decoration-break:clone;box-decoration-break:clone}
        """;

    /// <summary>Underlines drawn under one piece of text at most; more overlapping spans are listed in its tooltip.</summary>
    public const int MaxStacked = 6;

    public static string Render(ArticleAnalysis analysis)
    {
        ArgumentNullException.ThrowIfNull(analysis);
        var text = analysis.Text;
        var sb = new StringBuilder();
        var title = analysis.Title ?? analysis.Id;
        sb.Append("<!DOCTYPE html>\n<html lang=\"").Append(Enc(analysis.Language.Code)).Append("\">\n<head>\n<meta charset=\"utf-8\">\n")
          .Append("<meta http-equiv=\"Content-Security-Policy\" content=\"default-src 'none'; style-src 'unsafe-inline'\">\n")
          .Append("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n")
          .Append("<title>").Append(Enc(title)).Append(" · Lantern</title>\n<style>\n").Append(Style).Append("\n</style>\n</head>\n<body>\n");
        sb.Append("<header>\n<h1 dir=\"auto\">").Append(Enc(title)).Append("</h1>\n<div class=\"meta\">")
          .Append(Enc(string.Create(CultureInfo.InvariantCulture, $"language {analysis.Language.Code} ({analysis.Language.Confidence:0.00}) · model {analysis.Model} · {analysis.Paragraphs.Count} paragraphs · {analysis.Spans.Count} spans")))
          .Append("</div>\n</header>\n");
        foreach (var w in analysis.Warnings)
        {
            sb.Append("<div class=\"warn\">warning: ").Append(Enc(w.Message)).Append("</div>\n");
        }

        if (analysis.Summary.Length > 0)
        {
            sb.Append("<p class=\"summary\">").Append(Enc(analysis.Summary)).Append("</p>\n");
        }

        sb.Append("<section class=\"panel\">\n<div><h2>Genre</h2>\n");
        foreach (var g in analysis.Genre.Scores)
        {
            AppendBar(sb, g, g.Label == analysis.Genre.Label, "#4363d8");
        }

        sb.Append("</div>\n<div><h2>Frames</h2>\n");
        if (analysis.Frames.Count == 0)
        {
            sb.Append("<div>none</div>\n");
        }

        foreach (var f in analysis.Frames)
        {
            AppendBar(sb, f, chosen: false, "#469990");
        }

        sb.Append("</div>\n<div><h2>Techniques</h2>\n<ul class=\"legend\">\n");
        foreach (var group in analysis.Spans.GroupBy(s => s.Technique).OrderByDescending(g => g.Count()).ThenBy(g => g.Key, StringComparer.Ordinal))
        {
            sb.Append("<li><span class=\"sw\" style=\"background:").Append(TechniquePalette.Colour(group.Key)).Append("\"></span>")
              .Append(Enc(group.Key)).Append(" (").Append(group.Count().ToString(CultureInfo.InvariantCulture)).Append(")</li>\n");
        }

        if (analysis.Spans.Count == 0)
        {
            sb.Append("<li>no technique span found</li>\n");
        }

        sb.Append("</ul>\n</div>\n</section>\n<article>\n");
        foreach (var p in analysis.Paragraphs)
        {
            sb.Append("<p class=\"para\" dir=\"auto\"><span class=\"ln\">").Append(p.Line.ToString(CultureInfo.InvariantCulture)).Append("</span>");
            foreach (var (piece, covering) in Segments.Cut(p.Span, analysis.Spans))
            {
                var chunk = Enc(piece.Of(text));
                if (covering.Count == 0)
                {
                    sb.Append(chunk);
                    continue;
                }

                AppendMark(sb, analysis, covering, chunk);
            }

            if (p.Techniques.Count > 0)
            {
                sb.Append("<span class=\"plabel\">");
                foreach (var t in p.Techniques)
                {
                    sb.Append("<span class=\"chip\" style=\"background:").Append(TechniquePalette.Colour(t.Label)).Append("\">")
                      .Append(Enc(t.Label)).Append(' ').Append(t.Score.ToString("0.00", CultureInfo.InvariantCulture)).Append("</span>");
                }

                sb.Append("</span>");
            }

            sb.Append("</p>\n");
        }

        sb.Append("</article>\n");
        AppendCalls(sb, analysis);
        AppendExplanations(sb, analysis);
        sb.Append("</body>\n</html>\n");
        return sb.ToString();
    }

    /// <summary>HTML-encodes text for element content and attribute values (&lt; &gt; &amp; and both quotes).</summary>
    public static string Enc(string text) => WebUtility.HtmlEncode(text);

    private static void AppendMark(StringBuilder sb, ArticleAnalysis analysis, IReadOnlyList<int> covering, string chunk)
    {
        // One underline per covering span, stacked 3px apart (at most MaxStacked, so lines stay readable;
        // the tooltip lists them all); the innermost one also tints the background.
        var stacked = Math.Min(covering.Count, MaxStacked);
        var shadows = new StringBuilder();
        for (var k = 0; k < stacked; k++)
        {
            if (k > 0)
            {
                shadows.Append(',');
            }

            shadows.Append("inset 0 -").Append(((k + 1) * 3).ToString(CultureInfo.InvariantCulture)).Append("px 0 ")
                   .Append(TechniquePalette.Colour(analysis.Spans[covering[k]].Technique));
        }

        var innermost = TechniquePalette.Colour(analysis.Spans[covering[^1]].Technique);
        var tip = string.Join("; ", covering.Select(i => string.Create(CultureInfo.InvariantCulture, $"{analysis.Spans[i].Technique} {analysis.Spans[i].Score:0.00}{VoiceNote(analysis.Spans[i].Voice)}")));
        sb.Append("<mark style=\"box-shadow:").Append(shadows).Append(";background:").Append(innermost).Append("22")
          .Append(";padding-bottom:").Append((stacked * 3).ToString(CultureInfo.InvariantCulture)).Append("px\" title=\"")
          .Append(Enc(tip)).Append("\">").Append(chunk).Append("</mark>");
    }

    private static string VoiceNote(Voices.Voice voice) =>
        voice.IsOthers ? $" ({voice.Name}{(voice.Speaker is { } s ? ": " + s : string.Empty)})" : string.Empty;

    private static void AppendCalls(StringBuilder sb, ArticleAnalysis analysis)
    {
        var calls = analysis.CallsToAction;
        if (calls.Calls.Count == 0)
        {
            return;
        }

        sb.Append("<section class=\"calls\">\n<h2>Calls to action</h2>\n<ul>\n");
        foreach (var c in calls.Calls)
        {
            sb.Append("<li><b>").Append(Enc(c.Class.ToString().ToLowerInvariant())).Append("</b>").Append(Enc(VoiceNote(c.Voice))).Append(": <q dir=\"auto\">")
              .Append(Enc(c.Text)).Append("</q> <span class=\"meta\">cues: ").Append(Enc(string.Join(", ", c.Cues.Select(x => x.Text))));
            if (c.Addressee is { } a)
            {
                sb.Append(" · addressee: ").Append(Enc(a));
            }

            if (c.Target is { } t)
            {
                sb.Append(" · target: ").Append(Enc(t));
            }

            sb.Append("</span></li>\n");
        }

        sb.Append("</ul>\n</section>\n");
    }

    private static void AppendExplanations(StringBuilder sb, ArticleAnalysis analysis)
    {
        if (analysis.Explanations.Count == 0 && analysis.ParagraphExplanations.Count == 0)
        {
            return;
        }

        sb.Append("<section class=\"why\">\n<h2>Why</h2>\n<ul>\n");
        foreach (var e in analysis.Explanations)
        {
            sb.Append("<li><b>").Append(Enc(e.Technique)).Append("</b> <q dir=\"auto\">").Append(Enc(e.Text)).Append("</q>: ")
              .Append(Enc(string.Join(", ", e.Cues.Select(c => string.Create(CultureInfo.InvariantCulture, $"{c.Text} (−{c.Drop:0.000})")))))
              .Append("<div class=\"meta\">").Append(Enc(e.Definition)).Append("</div>");
            AppendSimilar(sb, e.Similar);
            sb.Append("</li>\n");
        }

        foreach (var e in analysis.ParagraphExplanations)
        {
            sb.Append("<li class=\"paragraph-why\"><b>¶ ").Append((e.Paragraph + 1).ToString(CultureInfo.InvariantCulture)).Append(' ').Append(Enc(e.Technique)).Append("</b> ")
              .Append(e.Score.ToString("0.00", CultureInfo.InvariantCulture)).Append(": ")
              .Append(Enc(string.Join(", ", e.Cues.Select(c => string.Create(CultureInfo.InvariantCulture, $"{c.Text} (−{c.Drop:0.000})")))));
            if (e.WordsTested < e.Words)
            {
                sb.Append(CultureInfo.InvariantCulture, $" <span class=\"meta\">({e.WordsTested} of {e.Words} words tried)</span>");
            }

            sb.Append("<div class=\"meta\">").Append(Enc(e.Definition)).Append("</div>");
            AppendSimilar(sb, e.Similar);
            sb.Append("</li>\n");
        }

        sb.Append("</ul>\n</section>\n");
    }

    private static void AppendSimilar(StringBuilder sb, IReadOnlyList<Explanations.SimilarPassage> similar)
    {
        if (similar.Count == 0)
        {
            return;
        }

        sb.Append("<div class=\"similar\">Similar in your corpus:<ol>");
        foreach (var s in similar)
        {
            var where = string.Join(", ", new[] { s.Title, s.Source }.Where(x => !string.IsNullOrWhiteSpace(x)));
            sb.Append("<li><q dir=\"auto\">").Append(Enc(s.Text)).Append("</q> <span class=\"meta\">")
              .Append(s.Similarity.ToString("0.00", CultureInfo.InvariantCulture)).Append(", article ").Append(s.ArticleId.ToString(CultureInfo.InvariantCulture))
              .Append(where.Length == 0 ? string.Empty : ", ").Append(Enc(where)).Append("</span></li>");
        }

        sb.Append("</ol></div>");
    }

    private static void AppendBar(StringBuilder sb, ScoredLabel score, bool chosen, string colour)
    {
        var width = Math.Round(Math.Clamp(score.Score, 0, 1) * 120);
        sb.Append("<div class=\"bar").Append(chosen ? " chosen" : string.Empty).Append("\"><span class=\"fill\" style=\"width:")
          .Append(width.ToString(CultureInfo.InvariantCulture)).Append("px;background:").Append(colour).Append("\"></span>")
          .Append(Enc(score.Label)).Append(' ').Append(score.Score.ToString("0.00", CultureInfo.InvariantCulture)).Append("</div>\n");
    }
}
