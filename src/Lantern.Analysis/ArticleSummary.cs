using System.Globalization;
using System.Text;
using Lantern.Actions;
using Lantern.Voices;

namespace Lantern.Analysis;

/// <summary>
/// One short paragraph about an analysis, written by template from its findings (no language model): the genre
/// with its confidence, how many technique spans in how many paragraphs, the commonest techniques, the frames,
/// the share of spans in quoted or reported speech with their speakers, and the call-to-action flag.
/// </summary>
public static class ArticleSummary
{
    public static string Write(ArticleAnalysis analysis)
    {
        ArgumentNullException.ThrowIfNull(analysis);
        var c = CultureInfo.InvariantCulture;
        var b = new StringBuilder();
        if (analysis.Genre.Label.Length > 0)
        {
            var confidence = analysis.Genre.Scores.FirstOrDefault(s => s.Label == analysis.Genre.Label)?.Score ?? 0;
            b.Append(c, $"Reads as {analysis.Genre.Label} (confidence {confidence:0.00}). ");
        }

        var spans = analysis.Spans;
        var withTechnique = analysis.Paragraphs.Count(p => p.Techniques.Count > 0 || spans.Any(s => p.Span.Contains(s.Span.Start)));
        if (spans.Count == 0 && analysis.Paragraphs.All(p => p.Techniques.Count == 0))
        {
            b.Append(c, $"No persuasion technique found in its {Plural(analysis.Paragraphs.Count, "paragraph")}. ");
        }
        else
        {
            b.Append(c, $"{Plural(spans.Count, "technique span")} in {withTechnique} of {Plural(analysis.Paragraphs.Count, "paragraph")}");
            var top = spans.GroupBy(s => s.Technique).OrderByDescending(g => g.Count()).ThenBy(g => g.Key, StringComparer.Ordinal).Take(3).ToList();
            if (top.Count == 0)
            {
                top = [.. analysis.Paragraphs.SelectMany(p => p.Techniques).Select(t => new SpanFinding(t.Label, 0, 0, string.Empty, t.Score))
                    .GroupBy(s => s.Technique).OrderByDescending(g => g.Count()).ThenBy(g => g.Key, StringComparer.Ordinal).Take(3)];
            }

            b.Append("; most frequent: ").Append(string.Join(", ", top.Select(g => $"{Display(g.Key)} ({g.Count()})"))).Append(". ");
        }

        if (analysis.Frames.Count > 0)
        {
            b.Append("Frames: ").Append(string.Join(", ", analysis.Frames.Take(3).Select(f => Display(f.Label)))).Append(". ");
        }

        if (spans.Count > 0)
        {
            var others = spans.Where(s => s.Voice.IsOthers).ToList();
            var share = (double)others.Count / spans.Count;
            b.Append(c, $"{share * 100:0}% of the spans are in quoted or reported speech");
            var speakers = others.Select(s => s.Voice.Speaker).OfType<string>().GroupBy(s => s).OrderByDescending(g => g.Count()).Take(3).Select(g => g.Key).ToList();
            if (speakers.Count > 0)
            {
                b.Append(" (").Append(string.Join(", ", speakers)).Append(')');
            }

            b.Append(share < 0.5 ? ", the rest in the author's voice. " : ". ");
        }

        var calls = analysis.CallsToAction;
        if (calls.Flag is { } flag)
        {
            var evidence = calls.Evidence;
            b.Append(c, $"The author calls for {Name(flag)} action ({Plural(evidence.Count, "sentence")}, first: \u201C{Clip(evidence[0].Text)}\u201D).");
        }
        else if (calls.Calls.Count > 0)
        {
            var quoted = calls.Calls.MaxBy(x => x.Class)!;
            b.Append(c, $"No call to action in the author's voice; {Plural(calls.Calls.Count, "call")} quoted or reported, the strongest {Name(quoted.Class)}{(quoted.Voice.Speaker is { } sp ? $" (by {sp})" : string.Empty)}.");
        }
        else
        {
            b.Append("No call to action.");
        }

        return b.ToString().Trim();
    }

    private static string Name(ActionClass c) => c switch
    {
        ActionClass.Civic => "civic",
        ActionClass.Hostile => "hostile",
        _ => "violent",
    };

    private static string Display(string label) => label.Replace('_', ' ').Replace('-', '/');

    private static string Plural(int n, string word) => n == 1 ? $"1 {word}" : $"{n} {word}s";

    private static string Clip(string text)
    {
        var oneLine = text.ReplaceLineEndings(" ").Trim();
        return oneLine.Length <= 120 ? oneLine : string.Concat(oneLine.AsSpan(0, 117), "...");
    }
}
