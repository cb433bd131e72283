using System.Globalization;
using System.Text;

namespace Lantern.Languages;

/// <summary>Classifies characters by <see cref="Script"/> and finds the main script of a text.</summary>
public static class Scripts
{
    /// <summary>The script of one code point; non-letters are <see cref="Script.Common"/>, combining marks <see cref="Script.Inherited"/>.</summary>
    public static Script Of(Rune rune)
    {
        var category = Rune.GetUnicodeCategory(rune);
        switch (category)
        {
            case UnicodeCategory.NonSpacingMark or UnicodeCategory.SpacingCombiningMark or UnicodeCategory.EnclosingMark:
                return Script.Inherited;
            case UnicodeCategory.UppercaseLetter or UnicodeCategory.LowercaseLetter or UnicodeCategory.TitlecaseLetter
                or UnicodeCategory.ModifierLetter or UnicodeCategory.OtherLetter:
                return OfLetter(rune.Value);
            default:
                return Script.Common;
        }
    }

    /// <summary>The script most letters of <paramref name="text"/> are written in, <see cref="Script.Common"/> when it has none,
    /// and the share of letters in that script (0 when none).</summary>
    public static (Script Script, double Share, int Letters) Main(ReadOnlySpan<char> text)
    {
        Span<int> counts = stackalloc int[Enum.GetValues<Script>().Length];
        Count(text, counts);
        return MainOf(counts);
    }

    internal static void Count(ReadOnlySpan<char> text, Span<int> counts)
    {
        foreach (var rune in text.EnumerateRunes())
        {
            var script = Of(rune);
            if (script > Script.Inherited)
            {
                counts[(int)script]++;
            }
        }
    }

    internal static (Script Script, double Share, int Letters) MainOf(ReadOnlySpan<int> counts)
    {
        var total = 0;
        var best = Script.Common;
        var bestCount = 0;
        for (var s = (int)Script.Latin; s < counts.Length; s++)
        {
            total += counts[s];
            if (counts[s] > bestCount)
            {
                bestCount = counts[s];
                best = (Script)s;
            }
        }

        return total == 0 ? (Script.Common, 0, 0) : (best, (double)bestCount / total, total);
    }

    private static Script OfLetter(int cp) => cp switch
    {
        < 0x0250 => cp is 0xAA or 0xBA or (< 0x80 and ((>= 'A' and <= 'Z') or (>= 'a' and <= 'z'))) or (>= 0xC0 and not 0xD7 and not 0xF7)
            ? Script.Latin
            : Script.Other,
        < 0x02B0 => Script.Latin, // IPA extensions
        < 0x0370 => Script.Other, // spacing modifier letters
        < 0x0400 => Script.Greek,
        < 0x0530 => Script.Cyrillic,
        < 0x0590 => Script.Armenian,
        < 0x0600 => Script.Hebrew,
        < 0x0700 => Script.Arabic,
        >= 0x0750 and < 0x0780 => Script.Arabic,
        >= 0x08A0 and < 0x0900 => Script.Arabic,
        >= 0x0900 and < 0x0980 => Script.Devanagari,
        >= 0x0980 and < 0x0A00 => Script.Bengali,
        >= 0x0E00 and < 0x0E80 => Script.Thai,
        >= 0x10A0 and < 0x1100 => Script.Georgian,
        >= 0x1100 and < 0x1200 => Script.Cjk, // hangul jamo
        >= 0x1C80 and < 0x1C90 => Script.Cyrillic,
        >= 0x1C90 and < 0x1CC0 => Script.Georgian,
        >= 0x1E00 and < 0x1F00 => Script.Latin,
        >= 0x1F00 and < 0x2000 => Script.Greek,
        >= 0x2C60 and < 0x2C80 => Script.Latin,
        >= 0x2DE0 and < 0x2E00 => Script.Cyrillic,
        >= 0x2E80 and < 0xA000 => Script.Cjk, // radicals, kana, bopomofo, hangul compatibility, CJK ideographs
        >= 0xA640 and < 0xA6A0 => Script.Cyrillic,
        >= 0xA720 and < 0xA800 => Script.Latin,
        >= 0xAB30 and < 0xAB70 => Script.Latin,
        >= 0xAC00 and < 0xD7B0 => Script.Cjk, // hangul syllables
        >= 0xF900 and < 0xFB00 => Script.Cjk,
        >= 0xFB1D and < 0xFB50 => Script.Hebrew,
        >= 0xFB50 and < 0xFE00 => Script.Arabic,
        >= 0xFE70 and < 0xFF00 => Script.Arabic,
        >= 0xFF21 and < 0xFF3B => Script.Latin,
        >= 0xFF41 and < 0xFF5B => Script.Latin,
        >= 0xFF66 and < 0xFFDD => Script.Cjk, // half-width kana and hangul
        >= 0x20000 and < 0x32000 => Script.Cjk,
        _ => Script.Other,
    };
}
