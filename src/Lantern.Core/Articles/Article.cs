using Lantern.Text;

namespace Lantern.Articles;

/// <summary>
/// An article as read. <see cref="Text"/> is never rewritten: every span in Lantern points into it.
/// For SemEval files and plain text the text is the whole file (title line included);
/// for HTML it is the extracted main text.
/// </summary>
public sealed record Article
{
    public required string Id { get; init; }

    public required string Text { get; init; }

    /// <summary>The title, as found (meta tag, first line, JSON field). May not occur in <see cref="Text"/>.</summary>
    public string? Title { get; init; }

    /// <summary>Where the title occurs in <see cref="Text"/>, when it does (e.g. line 1 of a SemEval file).</summary>
    public TextSpan? TitleSpan { get; init; }

    /// <summary>The body: the part of <see cref="Text"/> after the title (the whole text when there is none).</summary>
    public TextSpan? BodySpan { get; init; }

    public string? Source { get; init; }

    public string? Url { get; init; }

    public DateTimeOffset? Published { get; init; }

    /// <summary>Declared language (ISO 639-1, normalised: SemEval <c>ge</c>/<c>po</c> become <c>de</c>/<c>pl</c>).</summary>
    public string? Language { get; init; }

    public string? Author { get; init; }

    /// <summary>The format it was read from: <c>text</c>, <c>semeval</c>, <c>html</c>, <c>jsonl</c>.</summary>
    public string Format { get; init; } = "text";

    /// <summary>Notes from the reader (e.g. invalid bytes replaced under --lenient).</summary>
    public IReadOnlyList<string> Warnings { get; init; } = [];

    /// <summary>
    /// The file began with a UTF-8 byte-order mark, which is not part of <see cref="Text"/>. SemEval span
    /// files count it as one code point: see <c>Lantern.Reading.SemEvalOffsets</c>.
    /// </summary>
    public bool HasByteOrderMark { get; init; }

    public TextSpan Body => BodySpan ?? new TextSpan(0, Text.Length);
}
