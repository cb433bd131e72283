using System.Globalization;

namespace Lantern.Languages.Internal;

/// <summary>
/// Hashed character 1–4-grams of words padded with a space on each side (" der ", " de", "er "),
/// after lower-casing; everything that is not a letter separates words. Shared by the trainer and
/// the identifier, so the two can never disagree on features.
/// </summary>
internal static class NGramFeatures
{
    public const int MaxOrder = 4;

    private const uint FnvOffset = 2166136261;
    private const uint FnvPrime = 16777619;

    /// <summary>Adds the bucket of every n-gram to <paramref name="buckets"/>; returns the number of letters seen.</summary>
    public static int Extract(ReadOnlySpan<char> text, int bucketBits, List<int> buckets)
    {
        var mask = (1 << bucketBits) - 1;
        Span<char> word = stackalloc char[66];
        var length = 0;
        var letters = 0;
        foreach (var raw in text)
        {
            var category = char.GetUnicodeCategory(raw);
            if (category is UnicodeCategory.NonSpacingMark)
            {
                continue; // decomposed accents: keep the base letter, drop the mark
            }

            if (char.IsLetter(raw))
            {
                letters++;
                if (length < word.Length - 2)
                {
                    word[++length] = char.ToLowerInvariant(raw);
                }

                continue;
            }

            Flush(word, ref length, mask, buckets);
        }

        Flush(word, ref length, mask, buckets);
        return letters;
    }

    private static void Flush(Span<char> word, ref int length, int mask, List<int> buckets)
    {
        if (length == 0)
        {
            return;
        }

        word[0] = ' ';
        word[length + 1] = ' ';
        var padded = word[..(length + 2)];
        for (var i = 0; i < padded.Length; i++)
        {
            var h = FnvOffset;
            for (var n = 0; n < MaxOrder && i + n < padded.Length; n++)
            {
                h = (h ^ padded[i + n]) * FnvPrime;
                if (n == 0 && padded[i] == ' ')
                {
                    continue; // a lone space says nothing
                }

                buckets.Add((int)(h & (uint)mask));
            }
        }

        length = 0;
    }
}
