using Lantern.Articles;
using Lantern.Reading;

namespace Lantern.Cli.Internal;

/// <summary>Reads the article a verb was given: a file, or standard input for <c>-</c>.</summary>
internal static class InputArticles
{
    public static Article Read(CliConsole console, string file, ReadOptions options)
    {
        if (file != "-")
        {
            return ArticleReaders.ReadFile(file, options);
        }

        // The readers work on files; standard input goes through a temporary file that keeps the bytes as they are.
        var extension = options.Format switch
        {
            "html" => ".html",
            _ => ".txt",
        };
        var path = Path.Combine(Path.GetTempPath(), $"lantern-stdin-{Environment.ProcessId}{extension}");
        try
        {
            using (var input = console.OpenInput())
            using (var copy = File.Create(path))
            {
                input.CopyTo(copy);
            }

            return ArticleReaders.ReadFile(path, options) with { Id = "stdin" };
        }
        finally
        {
            File.Delete(path);
        }
    }
}
