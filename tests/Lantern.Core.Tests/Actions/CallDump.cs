using Lantern.Actions;
using Lantern.Articles;
using Lantern.Segmentation;

namespace Lantern.Tests.Actions;

/// <summary>Golden dumps of calls to action: one line per call and one per cue, each "start-end "text"" cut from the text as it prints.</summary>
internal static class CallDump
{
    public static CallToActionReport Detect(string text) =>
        CallToActionDetector.Instance.Detect(DocumentSegmenter.Default.Segment(new Article { Id = "t", Text = text }));

    public static string Of(string text)
    {
        var report = Detect(text);
        var lines = new List<string> { $"flag {Name(report.Flag)}" };
        foreach (var c in report.Calls)
        {
            var voice = c.Voice.Kind.ToString().ToLowerInvariant() + (c.Voice.Speaker is { } s ? $" [{s}]" : string.Empty);
            lines.Add($"{Name(c.Class)} {voice} {c.Start}-{c.Start + c.Length} \"{c.Span.Of(text)}\" addressee={c.Addressee ?? "-"} target={c.Target ?? "-"}");
            lines.AddRange(c.Cues.Select(x => $"  {x.Role.ToString().ToLowerInvariant()} {x.Start}-{x.Start + x.Length} \"{x.Span.Of(text)}\""));
        }

        return string.Join("\n", lines);
    }

    private static string Name(ActionClass? c) => c?.ToString().ToLowerInvariant() ?? "none";
}
