using System.Security.Cryptography;
using System.Text;

namespace Lantern.Store;

/// <summary>
/// The key that makes an article a duplicate of another: SHA-256 (hex) of its text with every run of
/// whitespace collapsed to one space and the ends trimmed, so re-wrapped or re-indented copies match.
/// Unicode normalisation (NFC) is not applied: the project runs with invariant globalization, where
/// <see cref="string.Normalize()"/> does nothing, so it would only pretend to.
/// </summary>
public static class ContentHash
{
    public static string Of(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var collapsed = new StringBuilder(text.Length);
        var pendingSpace = false;
        foreach (var c in text)
        {
            if (char.IsWhiteSpace(c))
            {
                pendingSpace = collapsed.Length > 0;
                continue;
            }

            if (pendingSpace)
            {
                collapsed.Append(' ');
                pendingSpace = false;
            }

            collapsed.Append(c);
        }

        return Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(collapsed.ToString())));
    }

    /// <summary>Words as the rates count them: runs of non-whitespace characters.</summary>
    public static int Words(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var words = 0;
        var inWord = false;
        foreach (var c in text)
        {
            if (char.IsWhiteSpace(c))
            {
                inWord = false;
            }
            else if (!inWord)
            {
                inWord = true;
                words++;
            }
        }

        return words;
    }
}
