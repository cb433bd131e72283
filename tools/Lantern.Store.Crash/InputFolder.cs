using System.Globalization;
using Lantern.Store.Synthetic;

namespace Lantern.Store.Crash;

/// <summary>
/// The articles an ingest reads: plain-text files of made-up articles (<see cref="SyntheticCorpus"/>, no real news text),
/// and the content hash each must be stored under. More can be added while the rounds run.
/// </summary>
internal sealed class InputFolder(string path, int seed)
{
    private readonly Dictionary<string, string> hashes = new(StringComparer.Ordinal);

    public string Path { get; } = path;

    /// <summary>Content hash → file name, for every article written so far.</summary>
    public IReadOnlyDictionary<string, string> Hashes => hashes;

    public int Count => hashes.Count;

    public void Add(int articles)
    {
        Directory.CreateDirectory(Path);
        for (var i = 0; i < articles; i++)
        {
            var index = hashes.Count;
            var name = string.Create(CultureInfo.InvariantCulture, $"article-{index:00000}.txt");
            var text = SyntheticCorpus.Entry(index, seed).Article.Text;
            File.WriteAllText(System.IO.Path.Combine(Path, name), text);

            // The hash of the text as written, not as the reader returns it: the check must not trust the reader.
            hashes.Add(ContentHash.Of(File.ReadAllText(System.IO.Path.Combine(Path, name))), name);
        }
    }

    /// <summary>What is wrong with a corpus that should hold these articles, and only these (<paramref name="complete"/>), or a subset of them.</summary>
    public IEnumerable<string> Violations(CorpusSnapshot snapshot, bool complete, bool analysed)
    {
        if (snapshot.HashMismatches.Count > 0)
        {
            yield return $"{snapshot.HashMismatches.Count} stored articles whose text does not hash to their content hash, e.g. {snapshot.HashMismatches[0]}";
        }

        foreach (var (hash, count) in snapshot.Hashes.Where(h => h.Value > 1).Take(3))
        {
            yield return $"article {hashes.GetValueOrDefault(hash, hash)} stored {count} times";
        }

        var unknown = snapshot.Hashes.Keys.Where(h => !hashes.ContainsKey(h)).ToList();
        if (unknown.Count > 0)
        {
            yield return $"{unknown.Count} stored articles that are not in the input (content hash {unknown[0]})";
        }

        if (complete)
        {
            var missing = hashes.Where(h => !snapshot.Hashes.ContainsKey(h.Key)).Select(h => h.Value).ToList();
            if (missing.Count > 0)
            {
                yield return $"{missing.Count} input articles not stored, e.g. {missing[0]}";
            }

            if (snapshot.Articles != Count)
            {
                yield return $"{snapshot.Articles} articles stored, the input has {Count}";
            }
        }

        if (analysed && (snapshot.Analyses != snapshot.Articles || snapshot.WithoutAnalysis > 0))
        {
            yield return $"{snapshot.Articles} articles but {snapshot.Analyses} analyses, {snapshot.WithoutAnalysis} articles without one";
        }

        if (snapshot.RepeatedAnalyses > 0)
        {
            yield return $"{snapshot.RepeatedAnalyses} articles analysed more than once by one model version";
        }
    }
}
