using Lantern.Articles;
using Lantern.Errors;
using Lantern.Reading;
using Lantern.Segmentation;
using Lantern.SemEval;
using Lantern.Taxonomy;
using Lantern.Text;

namespace Lantern.Models.Training.Internal;

/// <summary>Reads the SemEval-2023 Task 3 training folders into <see cref="CorpusArticle"/>s.</summary>
internal static class CorpusReader
{
    public static List<CorpusArticle> Read(string dataDirectory, IReadOnlyList<string> languages, int? maxArticles)
    {
        if (!Directory.Exists(dataDirectory))
        {
            throw LanternErrors.NotFound(dataDirectory);
        }

        var result = new List<CorpusArticle>();
        foreach (var language in languages)
        {
            var dir = Path.Combine(dataDirectory, language);
            if (!Directory.Exists(dir))
            {
                throw LanternErrors.NotFound(dir);
            }

            var texts = new SortedDictionary<string, Article>(StringComparer.Ordinal);
            var techniqueIds = new HashSet<string>(StringComparer.Ordinal);
            foreach (var sub in new[] { "train-articles-subtask-3", "train-articles-subtask-1" })
            {
                var folder = Path.Combine(dir, sub);
                if (!Directory.Exists(folder))
                {
                    continue;
                }

                foreach (var file in Directory.EnumerateFiles(folder, "article*.txt"))
                {
                    var id = Path.GetFileNameWithoutExtension(file)["article".Length..];
                    if (!texts.ContainsKey(id) && texts.TryAdd(id, ReadArticle(id, file)) && sub.EndsWith('3'))
                    {
                        techniqueIds.Add(id);
                    }
                }
            }

            var genres = ReadIf(Path.Combine(dir, "train-labels-subtask-1.txt"), SemEvalFiles.ReadGenres)?.ToDictionary(g => g.ArticleId, g => g.Genre, StringComparer.Ordinal);
            var frames = ReadIf(Path.Combine(dir, "train-labels-subtask-2.txt"), SemEvalFiles.ReadFrames)?.ToDictionary(f => f.ArticleId, f => f.Frames, StringComparer.Ordinal);
            var paragraphs = ReadIf(Path.Combine(dir, "train-labels-subtask-3.txt"), SemEvalFiles.ReadParagraphs)?
                .GroupBy(p => p.ArticleId, StringComparer.Ordinal)
                .ToDictionary(g => g.Key, g => g.GroupBy(p => p.Line).ToDictionary(l => l.Key, l => (IReadOnlyList<string>)[.. l.SelectMany(x => x.Techniques).Where(t => Labels.NormalizeTechnique(t) is not null).Select(t => Labels.NormalizeTechnique(t)!).Distinct()]), StringComparer.Ordinal);
            var spanDir = Path.Combine(dir, "train-labels-subtask-3-spans");

            var taken = 0;
            foreach (var (id, article) in texts)
            {
                var text = article.Text;
                var offsets = SemEvalOffsets.For(article);
                if (maxArticles is { } max && taken >= max)
                {
                    break;
                }

                taken++;
                IReadOnlyDictionary<int, IReadOnlyList<string>>? techniques = null;
                List<(int, TextSpan)>? spans = null;
                if (techniqueIds.Contains(id) && paragraphs is not null && paragraphs.TryGetValue(id, out var byLine))
                {
                    techniques = byLine;
                    spans = [];
                    var spanFile = Path.Combine(spanDir, $"article{id}-labels-subtask-3.txt");
                    if (File.Exists(spanFile))
                    {
                        // Many non-English span files count every LF as CR LF: guess per article which way fits.
                        var rows = SemEvalFiles.ReadSpans(spanFile);
                        offsets = SemEvalOffsets.For(article, SemEvalOffsets.Guess(article, [.. rows.Select(r => (r.StartCodePoint, r.EndCodePoint))]));
                        foreach (var s in rows)
                        {
                            var technique = Labels.NormalizeTechnique(s.Technique);
                            if (technique is null || s.StartCodePoint < 0 || s.EndCodePoint <= s.StartCodePoint || s.EndCodePoint > offsets.FileCodePointCount)
                            {
                                continue;
                            }

                            spans.Add((IndexOf(Labels.TechniqueLabels, technique), offsets.ToSpan(s.StartCodePoint, s.EndCodePoint)));
                        }
                    }
                }

                result.Add(new CorpusArticle(
                    $"{language}/{id}",
                    language,
                    text,
                    LineParagraphs.Split(text),
                    genres?.GetValueOrDefault(id),
                    frames?.GetValueOrDefault(id),
                    techniques,
                    spans,
                    offsets));
            }
        }

        return result;
    }

    public static int IndexOf(IReadOnlyList<string> labels, string label)
    {
        for (var i = 0; i < labels.Count; i++)
        {
            if (string.Equals(labels[i], label, StringComparison.Ordinal))
            {
                return i;
            }
        }

        return -1;
    }

    // File.ReadAllText drops a UTF-8 byte-order mark, which the span files count as one code point.
    private static Article ReadArticle(string id, string file)
    {
        var bytes = File.ReadAllBytes(file);
        var bom = bytes.Length >= 3 && bytes[0] == 0xEF && bytes[1] == 0xBB && bytes[2] == 0xBF;
        var text = System.Text.Encoding.UTF8.GetString(bytes, bom ? 3 : 0, bytes.Length - (bom ? 3 : 0));
        return new Article { Id = id, Text = text, Format = "semeval", HasByteOrderMark = bom };
    }

    private static T? ReadIf<T>(string path, Func<string, T> read)
        where T : class => File.Exists(path) ? read(path) : null;
}
