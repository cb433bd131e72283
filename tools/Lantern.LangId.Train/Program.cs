using System.Globalization;
using System.Text.RegularExpressions;
using Lantern.Languages;
using Lantern.Languages.Internal;
using Lantern.Segmentation;

namespace Lantern.LangId.Train;

/// <summary>
/// Trains the embedded language model (see docs/LANGID.md):
/// <c>dotnet run --project tools/Lantern.LangId.Train -c Release -- [--semeval DIR] [--locale DIR] [--out FILE] [--bits N]</c>.
/// Articles and catalogues are split into training and held-out parts by a stable hash of their id,
/// so the accuracy printed at the end is measured on paragraphs the model did not see.
/// </summary>
internal static partial class Program
{
    private static readonly string[] ModelLanguages = ["en", "fr", "de", "it", "pl", "es"];
    private static readonly string[] SemEvalFolders = ["en", "fr", "ge", "it", "po", "ru"];
    private static readonly string[] CatalogueLanguages = ["fr", "de", "it", "pl", "es", "ru", "ar"];

    public static int Main(string[] args)
    {
        var semeval = Arg(args, "--semeval", "/work/shared/data/semeval2023-task3");
        var locale = Arg(args, "--locale", "/usr/share/locale");
        var output = Arg(args, "--out", "src/Lantern.Core/Languages/langid.bin");
        var bits = int.Parse(Arg(args, "--bits", "16"), CultureInfo.InvariantCulture);
        var maxChars = long.Parse(Arg(args, "--max-chars", "3000000"), CultureInfo.InvariantCulture);

        var train = new List<Sample>();
        var heldOut = new List<Sample>();
        foreach (var folder in SemEvalFolders)
        {
            var code = LanguageCodes.Normalize(folder);
            var seen = new HashSet<string>();
            foreach (var sub in new[] { "train-articles-subtask-1", "train-articles-subtask-3" })
            {
                var dir = Path.Combine(semeval, folder, sub);
                if (!Directory.Exists(dir))
                {
                    continue;
                }

                foreach (var file in Directory.EnumerateFiles(dir, "*.txt").Order(StringComparer.Ordinal))
                {
                    var id = Path.GetFileNameWithoutExtension(file);
                    if (!seen.Add(id))
                    {
                        continue;
                    }

                    var text = File.ReadAllText(file);
                    var target = IsHeldOut(id) ? heldOut : train;
                    foreach (var p in LineParagraphs.Split(text))
                    {
                        target.Add(new Sample(code, "semeval", p.Span.Of(text)));
                    }
                }
            }
        }

        foreach (var code in CatalogueLanguages)
        {
            var dir = Path.Combine(locale, code, "LC_MESSAGES");
            if (!Directory.Exists(dir))
            {
                continue;
            }

            foreach (var file in Directory.EnumerateFiles(dir, "*.mo").Order(StringComparer.Ordinal))
            {
                var target = IsHeldOut(Path.GetFileName(file)) ? heldOut : train;
                foreach (var (id, str) in MoCatalog.Read(file))
                {
                    if (str == id)
                    {
                        continue; // untranslated or a technical term
                    }

                    foreach (var line in Clean(str).Split('\n'))
                    {
                        if (line.Trim().Length > 0)
                        {
                            target.Add(new Sample(code, "gettext", line.Trim()));
                        }
                    }

                    // msgids are English: a second, non-news source of English
                    if (code == "es")
                    {
                        foreach (var line in Clean(id).Split('\n'))
                        {
                            if (line.Trim().Length > 0)
                            {
                                target.Add(new Sample("en", "gettext", line.Trim()));
                            }
                        }
                    }
                }
            }
        }

        Console.WriteLine($"paragraphs: {train.Count} training, {heldOut.Count} held out");
        var counts = ModelLanguages.Select(_ => new long[1 << bits]).ToArray();
        var buckets = new List<int>();
        foreach (var (language, index) in ModelLanguages.Select((l, i) => (l, i)))
        {
            // News text first, catalogue text after, both capped so no language drowns the others.
            var used = new Dictionary<string, long>();
            foreach (var s in train.Where(s => s.Language == language))
            {
                var cap = s.Source == "semeval" ? maxChars : maxChars / 3;
                used.TryGetValue(s.Source, out var u);
                if (u >= cap)
                {
                    continue;
                }

                used[s.Source] = u + s.Text.Length;
                buckets.Clear();
                NGramFeatures.Extract(s.Text, bits, buckets);
                foreach (var b in buckets)
                {
                    counts[index][b]++;
                }
            }

            Console.WriteLine($"  {language}: {string.Join(", ", used.Select(kv => $"{kv.Key} {kv.Value:N0} chars"))}");
        }

        var costs = NGramModel.CostsFrom(counts, alpha: 0.5);

        // The version names the content, so the same data always gives the same file.
        var version = $"langid-ngram1-4-b{bits}-{Convert.ToHexStringLower(System.Security.Cryptography.SHA256.HashData(costs.SelectMany(c => c).ToArray()))[..8]}";

        // Fit the temperature on one half of the held-out paragraphs, report on the other half.
        var calibration = heldOut.Where((_, i) => i % 2 == 0 && ModelLanguages.Contains(_.Language)).ToList();
        var evaluation = heldOut.Where((_, i) => i % 2 == 1).ToList();
        var temperature = FitTemperature(new NGramModel(ModelLanguages, bits, 1, costs, version), calibration);
        var model = new NGramModel(ModelLanguages, bits, temperature, costs, version);
        Console.WriteLine($"temperature: {temperature}");

        Directory.CreateDirectory(Path.GetDirectoryName(Path.GetFullPath(output))!);
        using (var stream = File.Create(output))
        {
            model.Write(stream);
        }

        Console.WriteLine($"model: {output}, {new FileInfo(output).Length:N0} bytes, {version}");
        Report(new LanguageIdentifier(model, LanguageIdOptions.Default), evaluation);
        return 0;
    }

    private static float FitTemperature(NGramModel model, List<Sample> samples)
    {
        var prepared = samples.Select(s =>
        {
            var b = new List<int>();
            NGramFeatures.Extract(s.Text, model.BucketBits, b);
            return (Index: Array.IndexOf(ModelLanguages, s.Language), Buckets: b);
        }).Where(p => p.Buckets.Count > 0).ToList();

        var best = (T: 1f, Loss: double.MaxValue);
        foreach (var t in new[] { 1f, 1.5f, 2f, 3f, 4f, 5f, 6f, 8f, 10f, 12f, 16f, 20f, 24f, 32f })
        {
            var tempered = new NGramModel(model.Languages, model.BucketBits, t, CostsOf(model), model.Version);
            var loss = prepared.Average(p => -Math.Log(Math.Max(1e-12, tempered.Posteriors(p.Buckets)[p.Index])));
            Console.WriteLine($"  T={t}: log-loss {loss:0.0000}");
            if (loss < best.Loss)
            {
                best = (t, loss);
            }
        }

        return best.T;
    }

    private static byte[][] CostsOf(NGramModel model)
    {
        using var memory = new MemoryStream();
        model.Write(memory);
        memory.Position = 0;
        var copy = NGramModel.Read(memory, "copy");
        return copy.CostTables;
    }

    private static void Report(LanguageIdentifier identifier, List<Sample> samples)
    {
        Console.WriteLine();
        Console.WriteLine("| lang | source | paragraphs | accuracy | und | wrong language | accuracy (>= 40 letters) | paragraphs >= 40 letters |");
        Console.WriteLine("|---|---|---:|---:|---:|---:|---:|---:|");
        foreach (var group in samples.GroupBy(s => (s.Language, s.Source)).OrderBy(g => g.Key.Language, StringComparer.Ordinal).ThenBy(g => g.Key.Source, StringComparer.Ordinal))
        {
            var results = group.Select(s => (Detection: identifier.Identify(s.Text), Letters: s.Text.Count(char.IsLetter), s.Language)).ToList();
            var withLetters = results.Where(r => r.Letters > 0).ToList();
            var longOnes = results.Where(r => r.Letters >= 40).ToList();
            double Share<T>(List<T> xs, Func<T, bool> f) => xs.Count == 0 ? 0 : (double)xs.Count(f) / xs.Count;
            Console.WriteLine(string.Create(
                CultureInfo.InvariantCulture,
                $"| {group.Key.Language} | {group.Key.Source} | {withLetters.Count} | {Share(withLetters, r => r.Detection.Code == r.Language):P1} | {Share(withLetters, r => !r.Detection.IsKnown):P1} | {Share(withLetters, r => r.Detection.IsKnown && r.Detection.Code != r.Language):P1} | {Share(longOnes, r => r.Detection.Code == r.Language):P1} | {longOnes.Count} |"));
        }
    }

    private static bool IsHeldOut(string id)
    {
        var h = 2166136261u;
        foreach (var c in id)
        {
            h = (h ^ c) * 16777619u;
        }

        return h % 5 == 0;
    }

    // Format directives, keyboard accelerators and markup are not language.
    private static string Clean(string s) => Markup().Replace(Directive().Replace(s.Replace("_", "", StringComparison.Ordinal).Replace("&", "", StringComparison.Ordinal), " "), " ");

    private static string Arg(string[] args, string name, string fallback)
    {
        var i = Array.IndexOf(args, name);
        return i >= 0 && i + 1 < args.Length ? args[i + 1] : fallback;
    }

    [GeneratedRegex(@"%(\d+\$)?[-+ #0-9.*]*(hh|h|ll|l|L|z|j|t|I64)?[a-zA-Z%]|\{[^}]*\}|\$\{?\w+\}?")]
    private static partial Regex Directive();

    [GeneratedRegex(@"<[^>]*>|https?://\S+|\S+@\S+|\\[nt]")]
    private static partial Regex Markup();

    private sealed record Sample(string Language, string Source, string Text);
}
