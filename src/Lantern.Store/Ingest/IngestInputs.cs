using Lantern.Errors;
using Lantern.Reading;

namespace Lantern.Store.Ingest;

/// <summary>
/// Turns a path into ingest items: a file (plain text, HTML, SemEval <c>article&lt;ID&gt;.txt</c>), a JSONL file (one
/// item per line), or a folder (every such file under it, in name order). A file or line that cannot be read
/// becomes a rejected item; reading goes on.
/// </summary>
public static class IngestInputs
{
    /// <summary>The file extensions taken from a folder.</summary>
    public static IReadOnlyList<string> Extensions { get; } = [".txt", ".text", ".md", ".html", ".htm", ".xhtml", ".jsonl", ".ndjson"];

    public static IEnumerable<IngestItem> FromPath(string path, ReadOptions? options = null, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(path);
        options ??= ReadOptions.Default;
        if (Directory.Exists(path))
        {
            return FilesOf(path).SelectMany(f => FromFile(f, options, cancellationToken));
        }

        return File.Exists(path) ? FromFile(path, options, cancellationToken) : throw LanternErrors.NotFound(path);
    }

    /// <summary>How many items <see cref="FromPath"/> will give, counted cheaply (JSONL: its non-empty lines), for progress.</summary>
    public static int Count(string path)
    {
        if (Directory.Exists(path))
        {
            return FilesOf(path).Sum(CountFile);
        }

        return File.Exists(path) ? CountFile(path) : 0;
    }

    private static List<string> FilesOf(string folder)
    {
        var files = Directory.EnumerateFiles(folder, "*", new EnumerationOptions { RecurseSubdirectories = true, IgnoreInaccessible = true })
            .Where(f => Extensions.Contains(Path.GetExtension(f).ToLowerInvariant()))
            .ToList();
        files.Sort(StringComparer.Ordinal);
        return files;
    }

    private static int CountFile(string file)
    {
        if (!IsJsonl(file))
        {
            return 1;
        }

        try
        {
            return Math.Max(1, File.ReadLines(file).Count(l => !string.IsNullOrWhiteSpace(l)));
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            return 1;
        }
    }

    private static bool IsJsonl(string file) => ArticleReaders.FormatOf(file) == JsonlArticleReader.FormatName;

    private static IEnumerable<IngestItem> FromFile(string file, ReadOptions options, CancellationToken cancellationToken)
    {
        if (!IsJsonl(file))
        {
            yield return ReadOne(file, options);
            yield break;
        }

        IEnumerator<JsonlResult>? lines = null;
        string? failure = null;
        try
        {
            lines = JsonlArticleReader.ReadFile(file, options, cancellationToken).GetEnumerator();
        }
        catch (Exception e) when (e is InputRejectedException or IOException or UnauthorizedAccessException)
        {
            failure = e.Message;
        }

        if (lines is null)
        {
            yield return IngestItem.Rejected(file, failure!);
            yield break;
        }

        using (lines)
        {
            var stop = false;
            while (!stop)
            {
                IngestItem item;
                try
                {
                    if (!lines.MoveNext())
                    {
                        break;
                    }

                    var result = lines.Current;
                    item = result.Article is { } article
                        ? IngestItem.Of($"{file}:{result.Line}", article)
                        : IngestItem.Rejected($"{file}:{result.Line}", result.Error!.Message);
                }
                catch (Exception e) when (e is InputRejectedException or IOException or UnauthorizedAccessException)
                {
                    item = IngestItem.Rejected(file, e.Message);
                    stop = true;
                }

                yield return item;
            }
        }
    }

    private static IngestItem ReadOne(string file, ReadOptions options)
    {
        try
        {
            return IngestItem.Of(file, ArticleReaders.ReadFile(file, options));
        }
        catch (Exception e) when (e is InputRejectedException or IOException or UnauthorizedAccessException)
        {
            return IngestItem.Rejected(file, e.Message);
        }
    }
}
