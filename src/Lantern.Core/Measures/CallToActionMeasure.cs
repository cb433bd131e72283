using Lantern.Actions;
using Lantern.Articles;
using Lantern.Errors;
using Lantern.Segmentation;
using Lantern.Voices;

namespace Lantern.Measures;

/// <summary>
/// Scores the call-to-action detector and the voice resolver on labelled sentence files (tab-separated, '#' starts
/// a comment line; see <c>tests/Lantern.Core.Tests/Fixtures</c>). Each line is analysed as an article of its own,
/// segmented by <see cref="DocumentSegmenter.Default"/> so quotes and attributions are found as in real articles.
/// </summary>
public static class CallToActionMeasure
{
    private static readonly string[] Classes = ["civic", "hostile", "violent"];
    private static readonly HashSet<string> HardKinds = ["metaphor", "historical", "quoted", "reported"];

    /// <summary>Columns: class, voice, kind, language, text.</summary>
    public static CallToActionScore ScoreCalls(string path, CancellationToken cancellationToken = default)
    {
        var rows = Rows(path, 5);
        var predicted = new Dictionary<string, int>();
        var gold = new Dictionary<string, int>();
        var hits = new Dictionary<string, int>();
        int flagTp = 0, flagPred = 0, flagGold = 0, correct = 0, hard = 0, hardWrong = 0;
        var errors = new List<string>();
        foreach (var (line, cols) in rows)
        {
            cancellationToken.ThrowIfCancellationRequested();
            var (goldClass, goldVoice, kind, language, text) = (cols[0], cols[1], cols[2], cols[3], cols[4]);
            if (goldClass != "none" && !Classes.Contains(goldClass))
            {
                throw LanternErrors.MalformedLine(path, line, $"class '{goldClass}' is not none, civic, hostile or violent");
            }

            var document = DocumentSegmenter.Default.Segment(new Article { Id = $"line{line}", Text = text, Language = language }, cancellationToken);
            var report = CallToActionDetector.Instance.Detect(document, cancellationToken: cancellationToken);
            var best = report.Calls.Count == 0 ? null : report.Calls.MaxBy(c => c.Class);
            var predClass = best is null ? "none" : Name(best.Class);
            var predFlag = report.Flag is not null;
            var goldFlag = goldClass != "none" && goldVoice == "author";
            Count(gold, goldClass);
            Count(predicted, predClass);
            if (predClass == goldClass)
            {
                Count(hits, goldClass);
                correct++;
            }

            flagPred += predFlag ? 1 : 0;
            flagGold += goldFlag ? 1 : 0;
            flagTp += predFlag && goldFlag ? 1 : 0;
            var wrongFlag = predFlag && !goldFlag;
            var escalated = Severity(predClass) > Severity(goldClass);
            if (HardKinds.Contains(kind))
            {
                hard++;
                hardWrong += wrongFlag || escalated ? 1 : 0;
            }

            if (predClass != goldClass || predFlag != goldFlag)
            {
                var voice = best?.Voice.Name ?? "-";
                errors.Add($"line {line} [{kind}]: gold {goldClass}/{goldVoice}, got {predClass}/{voice}{(predFlag ? " flagged" : string.Empty)}: {text}");
            }
        }

        var perClass = Classes.Select(c => new ClassPrecisionRecall(c, hits.GetValueOrDefault(c), predicted.GetValueOrDefault(c), gold.GetValueOrDefault(c))).ToArray();
        return new CallToActionScore(
            rows.Count,
            perClass,
            new ClassPrecisionRecall("author-flag", flagTp, flagPred, flagGold),
            rows.Count == 0 ? 0 : (double)correct / rows.Count,
            hard,
            hardWrong,
            errors);
    }

    /// <summary>Columns: voice, speaker (- for none), text with the judged passage marked [[ ]].</summary>
    public static VoiceScore ScoreVoices(string path, CancellationToken cancellationToken = default)
    {
        var rows = Rows(path, 3);
        var voices = new[] { "author", "quoted", "reported" };
        var predicted = new Dictionary<string, int>();
        var gold = new Dictionary<string, int>();
        var hits = new Dictionary<string, int>();
        int correct = 0, speakerRows = 0, speakerCorrect = 0;
        var errors = new List<string>();
        foreach (var (line, cols) in rows)
        {
            cancellationToken.ThrowIfCancellationRequested();
            var (goldVoice, goldSpeaker, marked) = (cols[0], cols[1], cols[2]);
            var open = marked.IndexOf("[[", StringComparison.Ordinal);
            var close = marked.IndexOf("]]", StringComparison.Ordinal);
            if (open < 0 || close < open || !voices.Contains(goldVoice))
            {
                throw LanternErrors.MalformedLine(path, line, "expected voice (author, quoted, reported), speaker and a text with one [[passage]]");
            }

            var text = string.Concat(marked.AsSpan(0, open), marked.AsSpan(open + 2, close - open - 2), marked.AsSpan(close + 2));
            var span = new Text.TextSpan(open, close - open - 2);
            var document = DocumentSegmenter.Default.Segment(new Article { Id = $"line{line}", Text = text }, cancellationToken);
            var voice = VoiceResolver.For(document).Of(span);
            Count(gold, goldVoice);
            Count(predicted, voice.Name);
            var voiceOk = voice.Name == goldVoice;
            if (voiceOk)
            {
                Count(hits, goldVoice);
                correct++;
            }

            var speakerOk = true;
            if (goldVoice != "author")
            {
                speakerRows++;
                speakerOk = SameSpeaker(goldSpeaker == "-" ? null : goldSpeaker, voice.Speaker);
                speakerCorrect += speakerOk ? 1 : 0;
            }

            if (!voiceOk || !speakerOk)
            {
                errors.Add($"line {line}: gold {goldVoice}/{goldSpeaker}, got {voice.Name}/{voice.Speaker ?? "-"}: {text}");
            }
        }

        return new VoiceScore(
            rows.Count,
            rows.Count == 0 ? 0 : (double)correct / rows.Count,
            [.. voices.Select(v => new ClassPrecisionRecall(v, hits.GetValueOrDefault(v), predicted.GetValueOrDefault(v), gold.GetValueOrDefault(v)))],
            speakerRows,
            speakerRows == 0 ? 0 : (double)speakerCorrect / speakerRows,
            errors);
    }

    internal static bool SameSpeaker(string? gold, string? predicted)
    {
        if (gold is null || predicted is null)
        {
            return gold is null && predicted is null;
        }

        return string.Equals(Normalize(gold), Normalize(predicted), StringComparison.OrdinalIgnoreCase);
    }

    private static string Normalize(string speaker)
    {
        var words = speaker.Split(' ', StringSplitOptions.RemoveEmptyEntries).ToList();
        while (words.Count > 1 && words[0].ToLowerInvariant() is "the" or "a" or "an" or "le" or "la" or "der" or "die")
        {
            words.RemoveAt(0);
        }

        return string.Join(' ', words);
    }

    private static string Name(ActionClass c) => c switch
    {
        ActionClass.Civic => "civic",
        ActionClass.Hostile => "hostile",
        _ => "violent",
    };

    private static int Severity(string label) => label switch
    {
        "civic" => 1,
        "hostile" => 2,
        "violent" => 3,
        _ => 0,
    };

    private static void Count(Dictionary<string, int> counts, string key) => counts[key] = counts.GetValueOrDefault(key) + 1;

    private static List<(long Line, string[] Columns)> Rows(string path, int columns)
    {
        if (!File.Exists(path))
        {
            throw LanternErrors.NotFound(path);
        }

        var rows = new List<(long, string[])>();
        long number = 0;
        foreach (var line in File.ReadLines(path))
        {
            number++;
            if (line.Length == 0 || line.StartsWith('#'))
            {
                continue;
            }

            var cols = line.Split('\t');
            if (cols.Length != columns)
            {
                throw LanternErrors.MalformedLine(path, number, $"expected {columns} tab-separated columns, found {cols.Length}");
            }

            rows.Add((number, cols));
        }

        return rows;
    }
}
