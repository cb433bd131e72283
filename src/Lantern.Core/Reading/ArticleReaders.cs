using Lantern.Articles;

namespace Lantern.Reading;

/// <summary>Entry point of the readers: picks the reader for a file by format or file name.</summary>
public static class ArticleReaders
{
    /// <summary>Reads one article from a file (text, SemEval, HTML). JSONL files hold many: see the JSONL reader.</summary>
    public static Article ReadFile(string path, ReadOptions? options = null) =>
        throw new NotImplementedException("owned by the readers work");
}
