using System.Globalization;
using System.Text;

namespace Lantern.Analysis.Tests.Heads;

/// <summary>
/// Writes a tiny corpus in the SemEval-2023 Task 3 layout (our own sentences, English only): six
/// articles whose loaded phrases are labelled as spans and paragraph techniques, with genres and frames.
/// </summary>
internal static class TinyCorpus
{
    private static readonly string[] Loaded = ["shameful corrupt traitors", "disgusting lying crooks", "shameful lying traitors"];

    public static string Write(string root)
    {
        var dir = Path.Combine(root, "en");
        var a3 = Directory.CreateDirectory(Path.Combine(dir, "train-articles-subtask-3")).FullName;
        var a1 = Directory.CreateDirectory(Path.Combine(dir, "train-articles-subtask-1")).FullName;
        var spans = Directory.CreateDirectory(Path.Combine(dir, "train-labels-subtask-3-spans")).FullName;
        var genres = new StringBuilder();
        var frames = new StringBuilder();
        var paragraphs = new StringBuilder();
        for (var i = 0; i < 6; i++)
        {
            var id = (100 + i).ToString(CultureInfo.InvariantCulture);
            var phrase = Loaded[i % Loaded.Length];
            var lines = new[]
            {
                $"Council vote number {i} ends in a row",
                string.Empty,
                $"The council met on Tuesday to discuss the bus budget for district {i}.",
                $"Those {phrase} on the council want to take your money, café owners say 😀.",
                "The meeting ended at nine in the evening after a short vote.",
            };
            var text = string.Join("\n", lines) + "\n";
            File.WriteAllText(Path.Combine(a3, $"article{id}.txt"), text);
            File.WriteAllText(Path.Combine(a1, $"article{id}.txt"), text);
            var start = text.IndexOf(phrase, StringComparison.Ordinal);
            // The fixture text has one emoji after the span only, so UTF-16 and code point offsets agree here.
            File.WriteAllText(Path.Combine(spans, $"article{id}-labels-subtask-3.txt"), $"{id}\tLoaded_Language\t{start}\t{start + phrase.Length}\n");
            paragraphs.Append(CultureInfo.InvariantCulture, $"{id}\t1\t\n{id}\t3\t\n{id}\t4\tLoaded_Language\n{id}\t5\t\n");
            genres.Append(CultureInfo.InvariantCulture, $"{id}\t{(i % 3 == 0 ? "reporting" : "opinion")}\n");
            frames.Append(CultureInfo.InvariantCulture, $"{id}\tEconomic,Political\n");
        }

        File.WriteAllText(Path.Combine(dir, "train-labels-subtask-1.txt"), genres.ToString());
        File.WriteAllText(Path.Combine(dir, "train-labels-subtask-2.txt"), frames.ToString());
        File.WriteAllText(Path.Combine(dir, "train-labels-subtask-3.txt"), paragraphs.ToString());
        return root;
    }
}
