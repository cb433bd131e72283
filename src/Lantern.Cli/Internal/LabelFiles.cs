using System.Text;
using System.Text.RegularExpressions;
using Lantern.Errors;

namespace Lantern.Cli.Internal;

/// <summary>
/// Finds the gold label file of a task in a SemEval language folder and checks label files before
/// they are parsed (<see cref="SemEval.SemEvalFiles"/> would otherwise decode binary or invalid UTF-8 silently).
/// </summary>
internal static partial class LabelFiles
{
    private static readonly UTF8Encoding StrictUtf8 = new(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true);

    /// <summary>The gold file (or span folder) for <paramref name="task"/>: <paramref name="path"/> itself, or the task's file inside a language folder.</summary>
    public static string ResolveGold(string task, string path)
    {
        if (File.Exists(path))
        {
            return path;
        }

        if (!Directory.Exists(path))
        {
            throw LanternErrors.NotFound(path);
        }

        if (task == "spans")
        {
            // A language folder holds one *labels-subtask-3-spans folder; otherwise the folder is taken as a folder of span files.
            var spanFolders = Directory.GetDirectories(path, "*labels-subtask-3-spans");
            return spanFolders.Length == 0 ? path : Single(path, spanFolders, "*labels-subtask-3-spans");
        }

        var pattern = task switch
        {
            "genre" => "*labels-subtask-1.txt",
            "framing" => "*labels-subtask-2.txt",
            _ => "*labels-subtask-3.txt",
        };
        return Single(path, Directory.GetFiles(path, pattern), pattern);
    }

    /// <summary>The article ids of a span folder's files (<c>article&lt;ID&gt;-labels-subtask-3.txt</c>), so that articles without spans count; null for a single file.</summary>
    public static IReadOnlyList<string>? SpanArticles(string path) =>
        Directory.Exists(path)
            ? [.. Directory.EnumerateFiles(path, "*.txt")
                .Select(f => ArticleId().Match(Path.GetFileName(f)))
                .Where(m => m.Success)
                .Select(m => m.Groups[1].Value)]
            : null;

    /// <summary>Refuses a file (or every .txt file of a folder) that is missing, too large, binary or not UTF-8.</summary>
    public static void Check(string path, long maxBytes)
    {
        if (Directory.Exists(path))
        {
            foreach (var file in Directory.EnumerateFiles(path, "*.txt"))
            {
                Check(file, maxBytes);
            }

            return;
        }

        var info = new FileInfo(path);
        if (!info.Exists)
        {
            throw LanternErrors.NotFound(path);
        }

        if (info.Length > maxBytes)
        {
            throw LanternErrors.TooLarge(path, info.Length, maxBytes);
        }

        var bytes = File.ReadAllBytes(path);
        var nul = Array.IndexOf(bytes, (byte)0);
        if (nul >= 0)
        {
            throw LanternErrors.BinaryInput(path, nul);
        }

        try
        {
            _ = StrictUtf8.GetCharCount(bytes);
        }
        catch (DecoderFallbackException e)
        {
            throw LanternErrors.Malformed(path, $"invalid UTF-8 at byte {Math.Max(e.Index, 0)}");
        }
    }

    private static string Single(string folder, string[] found, string pattern) => found.Length switch
    {
        1 => found[0],
        0 => throw LanternErrors.Malformed(folder, $"no {pattern} in this folder (name the label file with --gold)"),
        _ => throw LanternErrors.Malformed(folder, $"{found.Length} matches of {pattern} in this folder (name one with --gold)"),
    };

    [GeneratedRegex(@"^article([^-]+)-labels-subtask-3\.txt$")]
    private static partial Regex ArticleId();
}
