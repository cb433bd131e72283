namespace Lantern.Reading.Internal;

/// <summary>Default article ids from file or stream names.</summary>
internal static class ArticleIds
{
    public static string FromName(string name)
    {
        if (name is "-" or "")
        {
            return "stdin";
        }

        var stem = Path.GetFileNameWithoutExtension(name);
        return string.IsNullOrEmpty(stem) ? "stdin" : stem;
    }
}
