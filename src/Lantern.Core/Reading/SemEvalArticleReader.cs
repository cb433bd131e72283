using System.Text.RegularExpressions;
using Lantern.Articles;
using Lantern.Languages;
using Lantern.Reading.Internal;

namespace Lantern.Reading;

/// <summary>
/// Reads a SemEval-2023 Task 3 article file <c>article&lt;ID&gt;.txt</c>: title on line 1, a blank line,
/// then the body, one paragraph per line. The text is the whole file (line numbers and span offsets
/// of the label files point into it); the language comes from the folder (<c>en/fr/ge/it/po/ru</c>).
/// </summary>
public static partial class SemEvalArticleReader
{
    public const string FormatName = "semeval";

    private static readonly HashSet<string> LanguageFolders = new(StringComparer.Ordinal) { "en", "fr", "ge", "it", "po", "ru" };

    /// <summary>True for a file name of the form <c>article&lt;digits&gt;.txt</c>.</summary>
    public static bool IsSemEvalName(string path) => ArticleName().IsMatch(Path.GetFileName(path));

    public static Article ReadFile(string path, ReadOptions? options = null, CancellationToken cancellationToken = default)
    {
        var decoded = Utf8Input.ReadFile(path, options ?? ReadOptions.Default, cancellationToken);
        return FromDecoded(decoded, IdOf(path), LanguageOf(path));
    }

    /// <summary>Reads a stream (<paramref name="name"/> gives the id and, from its folders, the language).</summary>
    public static Article Read(Stream stream, string name, ReadOptions? options = null, CancellationToken cancellationToken = default)
    {
        var decoded = Utf8Input.ReadStream(stream, name, options ?? ReadOptions.Default, cancellationToken);
        return FromDecoded(decoded, IdOf(name), LanguageOf(name));
    }

    /// <summary>The SemEval article id: the digits of <c>article&lt;ID&gt;.txt</c>, else the file name without extension.</summary>
    public static string IdOf(string path)
    {
        var match = ArticleName().Match(Path.GetFileName(path));
        return match.Success ? match.Groups["id"].Value : ArticleIds.FromName(path);
    }

    /// <summary>The normalised language of a SemEval folder (<c>ge</c> → <c>de</c>) found in the parent or grandparent folder name.</summary>
    public static string? LanguageOf(string path)
    {
        if (path is "-" or "")
        {
            return null;
        }

        var directory = Path.GetDirectoryName(Path.GetFullPath(path));
        for (var up = 0; up < 2 && !string.IsNullOrEmpty(directory); up++)
        {
            var folder = Path.GetFileName(directory);
            if (LanguageFolders.Contains(folder))
            {
                return LanguageCodes.Normalize(folder);
            }

            directory = Path.GetDirectoryName(directory);
        }

        return null;
    }

    // A SemEval file is laid out like plain text (title on line 1): only the language and format differ.
    private static Article FromDecoded(DecodedText decoded, string id, string? language) =>
        PlainTextReader.FromDecoded(decoded, id) with { Language = language, Format = FormatName };

    [GeneratedRegex(@"^article(?<id>\d+)\.txt$", RegexOptions.CultureInvariant)]
    private static partial Regex ArticleName();
}
