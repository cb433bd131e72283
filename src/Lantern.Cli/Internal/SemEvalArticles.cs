using Lantern.Errors;

namespace Lantern.Cli.Internal;

/// <summary>The <c>article&lt;ID&gt;.txt</c> files of a SemEval articles folder, in file-name order.</summary>
internal static class SemEvalArticles
{
    public static IReadOnlyList<string> List(string directory, int? limit = null)
    {
        if (!Directory.Exists(directory))
        {
            throw LanternErrors.NotFound(directory);
        }

        var files = Directory.EnumerateFiles(directory, "article*.txt").Order(StringComparer.Ordinal).ToList();
        if (files.Count == 0)
        {
            throw LanternErrors.Malformed(directory, "holds no article<ID>.txt file");
        }

        return limit is { } n ? files.Take(n).ToList() : files;
    }
}
