using Lantern.Articles;
using Lantern.Reading;

namespace Lantern.Analysis.Tests.Pipeline;

/// <summary>Small articles of our own, read through the real plain-text reader.</summary>
internal static class Articles
{
    public const string Loaded = """
        Council's Shameful Betrayal Of Every Taxpayer

        The so-called reform is a disgrace, and everyone knows it.
        These corrupt cowards on the council have betrayed us again and again, and they will keep lying until we stop them.
        If we do nothing now, our town will be ruined forever: there is no other choice.
        Mayor Smith said the budget "protects families", but the numbers tell another story.
        """;

    public static Article Read(string text, string name = "sample.txt")
    {
        using var stream = new MemoryStream(System.Text.Encoding.UTF8.GetBytes(text));
        return ArticleReaders.Read(stream, name, "text");
    }
}
