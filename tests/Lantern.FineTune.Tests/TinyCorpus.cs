using Lantern.FineTune.Training;
using Lantern.Taxonomy;
using Lantern.Text;

namespace Lantern.FineTune.Tests;

/// <summary>A few texts of our own with made-up technique labels: enough for the training loop to learn something.</summary>
internal static class TinyCorpus
{
    public static int Technique(string label) => Labels.TechniqueLabels.ToList().IndexOf(label);

    /// <summary>A text of one paragraph per line; <paramref name="marked"/> gives (technique label, phrase) spans.</summary>
    public static TrainingText Text(string key, string text, params (string Label, string Phrase)[] marked)
    {
        var paragraphs = new List<TrainingParagraph>();
        var spans = marked.Select(m => new TechniqueSpan(Technique(m.Label), new TextSpan(text.IndexOf(m.Phrase, StringComparison.Ordinal), m.Phrase.Length))).ToList();
        var start = 0;
        foreach (var line in text.Split('\n'))
        {
            var span = new TextSpan(start, line.Length);
            paragraphs.Add(new TrainingParagraph(span, [.. spans.Where(s => s.Span.Overlaps(span)).Select(s => s.Technique).Distinct().Order()]));
            start += line.Length + 1;
        }

        return new TrainingText(key, text, paragraphs, spans);
    }

    public static IReadOnlyList<TrainingText> Train { get; } =
    [
        Text("t1", "Only an idiot would trust these clowns.\nThe council met on Monday to discuss the budget.", ("Name_Calling-Labeling", "idiot"), ("Name_Calling-Labeling", "clowns")),
        Text("t2", "This disastrous, shameful plan will destroy us all!\nThe report was published in March.", ("Loaded_Language", "disastrous, shameful"), ("Loaded_Language", "destroy")),
        Text("t3", "Those fools in parliament never listen.\nTraffic was light on the bridge this morning.", ("Name_Calling-Labeling", "fools")),
        Text("t4", "A catastrophic, outrageous betrayal of every voter!\nThe museum opens at nine.", ("Loaded_Language", "catastrophic, outrageous betrayal")),
    ];

    public static IReadOnlyList<TrainingText> HeldOut { get; } =
    [
        Text("h1", "What a pathetic bunch of liars.\nThe train leaves at noon.", ("Name_Calling-Labeling", "pathetic bunch of liars")),
    ];
}
