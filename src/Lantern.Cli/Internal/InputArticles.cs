using Lantern.Articles;
using Lantern.Reading;

namespace Lantern.Cli.Internal;

/// <summary>Reads the article a verb was given: a file, or standard input for <c>-</c>.</summary>
internal static class InputArticles
{
    public static Article Read(CliConsole console, string file, ReadOptions options)
    {
        if (file is not "-" and not LanternApp.StandardInput)
        {
            return ArticleReaders.ReadFile(file, options);
        }

        using var input = console.OpenInput();
        return ArticleReaders.Read(input, "-", options.Format, options);
    }
}
