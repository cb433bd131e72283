using Lantern.Articles;
using Lantern.Reading.Internal;

namespace Lantern.Reading;

/// <summary>
/// Reads a plain UTF-8 text file as one article: the text is the whole file, the title its first
/// non-blank line and the body the rest. Thread-safe.
/// </summary>
public static class PlainTextReader
{
    public const string FormatName = "text";

    /// <summary>Reads <paramref name="path"/>; the id is the file name without extension unless <paramref name="id"/> is given.</summary>
    public static Article ReadFile(string path, ReadOptions? options = null, string? id = null, CancellationToken cancellationToken = default)
    {
        var decoded = Utf8Input.ReadFile(path, options ?? ReadOptions.Default, cancellationToken);
        return FromDecoded(decoded, id ?? ArticleIds.FromName(path));
    }

    /// <summary>Reads a stream to its end (e.g. stdin); <paramref name="name"/> names it in errors and gives the default id.</summary>
    public static Article Read(Stream stream, string name, ReadOptions? options = null, string? id = null, CancellationToken cancellationToken = default)
    {
        var decoded = Utf8Input.ReadStream(stream, name, options ?? ReadOptions.Default, cancellationToken);
        return FromDecoded(decoded, id ?? ArticleIds.FromName(name));
    }

    /// <summary>Builds the article from text already in memory; empty or whitespace-only text is refused.</summary>
    public static Article FromText(string text, string id)
    {
        ArgumentNullException.ThrowIfNull(text);
        if (string.IsNullOrWhiteSpace(text))
        {
            throw Errors.LanternErrors.EmptyInput(id);
        }

        return FromDecoded(new DecodedText(text, [], false), id);
    }

    /// <summary>The article of a decoded text whose first non-blank line is its title; the SemEval reader builds on it.</summary>
    internal static Article FromDecoded(DecodedText decoded, string id)
    {
        var text = decoded.Text;
        var title = TitleLine.Find(text);
        return new Article
        {
            Id = id,
            Text = text,
            Title = title?.Title.Of(text),
            TitleSpan = title?.Title,
            BodySpan = title?.Body,
            Format = FormatName,
            Warnings = decoded.Warnings,
            HasByteOrderMark = decoded.HadByteOrderMark,
        };
    }
}
