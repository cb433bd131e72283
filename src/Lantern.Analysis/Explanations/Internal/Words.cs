using System.Text.RegularExpressions;
using Lantern.Text;

namespace Lantern.Analysis.Explanations.Internal;

/// <summary>Words of a range of text, and what to delete to remove one (the word and one space next to it).</summary>
internal static partial class Words
{
    public static List<TextSpan> In(string text, TextSpan range)
    {
        var result = new List<TextSpan>();
        for (var m = WordPattern().Match(text, range.Start, range.Length); m.Success; m = m.NextMatch())
        {
            result.Add(new TextSpan(m.Index, m.Length));
        }

        return result;
    }

    public static TextSpan Deletion(string text, TextSpan word, TextSpan paragraph)
    {
        if (word.End < paragraph.End && char.IsWhiteSpace(text[word.End]))
        {
            return new TextSpan(word.Start, word.Length + 1);
        }

        return word.Start > paragraph.Start && char.IsWhiteSpace(text[word.Start - 1]) ? new TextSpan(word.Start - 1, word.Length + 1) : word;
    }

    // No match time-out: this pattern cannot backtrack catastrophically (each repetition starts with a character the
    // one before cannot take), so its time is linear in the sentence. A wall-clock time-out here only ever fired on
    // a CPU-starved machine, where it turned a normal article into an unhandled RegexMatchTimeoutException that
    // killed `lantern worker` (found by scripts/crash-safety.sh at load average 35 on two cores).
    [GeneratedRegex(@"[\p{L}\p{M}\p{N}]+(?:['’\-][\p{L}\p{M}\p{N}]+)*", RegexOptions.None, Timeout.Infinite)]
    private static partial Regex WordPattern();
}
