using Lantern.Articles;
using Lantern.Errors;

namespace Lantern.Reading;

/// <summary>Entry point of the readers: picks the reader for a file by format or file name.</summary>
public static class ArticleReaders
{
    /// <summary>The format names <see cref="ReadOptions.Format"/> accepts.</summary>
    public static IReadOnlyList<string> Formats { get; } =
        [PlainTextReader.FormatName, SemEvalArticleReader.FormatName, HtmlArticleReader.FormatName, JsonlArticleReader.FormatName];

    /// <summary>
    /// Reads one article from a file (text, SemEval, HTML). The format is <see cref="ReadOptions.Format"/>, else
    /// from the name: <c>article&lt;digits&gt;.txt</c> SemEval, <c>.html</c>/<c>.htm</c>/<c>.xhtml</c> HTML, anything
    /// else plain text. A JSONL file holds many articles: it is refused here (read it with <see cref="JsonlArticleReader"/>).
    /// </summary>
    public static Article ReadFile(string path, ReadOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(path);
        options ??= ReadOptions.Default;
        if (!File.Exists(path))
        {
            throw LanternErrors.NotFound(path);
        }

        return FormatOf(path, options.Format) switch
        {
            SemEvalArticleReader.FormatName => SemEvalArticleReader.ReadFile(path, options),
            HtmlArticleReader.FormatName => HtmlArticleReader.ReadFile(path, options),
            JsonlArticleReader.FormatName => throw LanternErrors.ManyArticles(path),
            _ => PlainTextReader.ReadFile(path, options),
        };
    }

    /// <summary>
    /// Reads one article from a stream such as stdin. <paramref name="name"/> names it in errors and gives the id
    /// (<c>-</c> for stdin gives <c>stdin</c>); the format is <paramref name="format"/>, else from <paramref name="name"/>.
    /// </summary>
    public static Article Read(Stream stream, string name, string? format = null, ReadOptions? options = null, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(stream);
        ArgumentNullException.ThrowIfNull(name);
        options ??= ReadOptions.Default;
        return FormatOf(name, format ?? options.Format) switch
        {
            SemEvalArticleReader.FormatName => SemEvalArticleReader.Read(stream, name, options, cancellationToken),
            HtmlArticleReader.FormatName => HtmlArticleReader.Read(stream, name, options, cancellationToken: cancellationToken),
            JsonlArticleReader.FormatName => throw LanternErrors.ManyArticles(name),
            _ => PlainTextReader.Read(stream, name, options, cancellationToken: cancellationToken),
        };
    }

    /// <summary>The format a name implies (or the given one, checked): <c>text</c>, <c>semeval</c>, <c>html</c> or <c>jsonl</c>.</summary>
    public static string FormatOf(string name, string? format = null)
    {
        if (format is not null)
        {
            var normalized = format.Trim().ToLowerInvariant();
            return Formats.Contains(normalized) ? normalized : throw LanternErrors.UnknownValue("--format", format, Formats);
        }

        if (SemEvalArticleReader.IsSemEvalName(name))
        {
            return SemEvalArticleReader.FormatName;
        }

        return Path.GetExtension(name).ToLowerInvariant() switch
        {
            ".html" or ".htm" or ".xhtml" => HtmlArticleReader.FormatName,
            ".jsonl" or ".ndjson" => JsonlArticleReader.FormatName,
            _ => PlainTextReader.FormatName,
        };
    }
}
