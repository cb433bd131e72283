using Lantern.Articles;
using Lantern.Errors;

namespace Lantern.Reading;

/// <summary>One line of a JSONL file: the article read from it, or why it could not be read.</summary>
public sealed record JsonlResult
{
    internal JsonlResult(long line, Article? article, InputRejectedException? error)
    {
        Line = line;
        Article = article;
        Error = error;
    }

    /// <summary>The 1-based line number in the file.</summary>
    public long Line { get; }

    public Article? Article { get; }

    /// <summary>The one-line error (its message starts with <c>name:line:</c>); null when the line was read.</summary>
    public InputRejectedException? Error { get; }

    public bool IsError => Error is not null;

    /// <summary>The article, or the line's error thrown.</summary>
    public Article GetArticleOrThrow() => Article ?? throw Error!;
}
