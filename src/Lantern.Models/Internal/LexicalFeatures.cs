using System.Globalization;

namespace Lantern.Models.Internal;

/// <summary>
/// Language-independent surface features of a piece of text: hashed word 1–2-grams, hashed character
/// 3-grams (both log counts, L2-normalised per block) and a few stylistic rates. Hashing is FNV-1a, so
/// features are the same on every run and machine (string.GetHashCode is randomised per process).
/// </summary>
internal static class LexicalFeatures
{
    public const int WordBuckets = 1024;
    public const int CharBuckets = 1024;
    public const int StyleCount = 10;
    public const int Count = WordBuckets + CharBuckets + StyleCount;

    private static readonly HashSet<string> FirstPerson = new(StringComparer.Ordinal)
    {
        "i", "me", "my", "we", "us", "our", "je", "nous", "notre", "ich", "wir", "uns", "unser", "io", "noi", "nostro", "ja", "my", "nasz", "я", "мы", "нас", "наш",
    };

    private static readonly HashSet<string> SecondPerson = new(StringComparer.Ordinal)
    {
        "you", "your", "vous", "tu", "votre", "du", "ihr", "euch", "voi", "tu", "wy", "ty", "вы", "ты", "ваш",
    };

    public static void Write(string text, Span<float> output)
    {
        output[..Count].Clear();
        var words = new List<string>();
        var start = -1;
        var caps = 0;
        for (var i = 0; i <= text.Length; i++)
        {
            var inWord = i < text.Length && char.IsLetterOrDigit(text[i]);
            if (inWord && start < 0)
            {
                start = i;
            }
            else if (!inWord && start >= 0)
            {
                var word = text[start..i];
                if (word.Length >= 2 && word.All(c => !char.IsLetter(c) || char.IsUpper(c)) && word.Any(char.IsLetter))
                {
                    caps++;
                }

                words.Add(word.ToLowerInvariant());
                start = -1;
            }
        }

        var wordBlock = output[..WordBuckets];
        for (var i = 0; i < words.Count; i++)
        {
            wordBlock[(int)(Hash(words[i], 0) % WordBuckets)] += 1;
            if (i > 0)
            {
                wordBlock[(int)(Hash(words[i], Hash(words[i - 1], 0) + 7) % WordBuckets)] += 1;
            }
        }

        var charBlock = output.Slice(WordBuckets, CharBuckets);
        var previous2 = ' ';
        var previous1 = ' ';
        foreach (var raw in text)
        {
            var c = char.IsLetter(raw) ? char.ToLowerInvariant(raw) : ' ';
            if (c == ' ' && previous1 == ' ')
            {
                continue;
            }

            var h = 2166136261u;
            h = (h ^ previous2) * 16777619u;
            h = (h ^ previous1) * 16777619u;
            h = (h ^ c) * 16777619u;
            charBlock[(int)(h % CharBuckets)] += 1;
            previous2 = previous1;
            previous1 = c;
        }

        LogNormalize(wordBlock);
        LogNormalize(charBlock);

        var n = Math.Max(words.Count, 1);
        var style = output.Slice(WordBuckets + CharBuckets, StyleCount);
        style[0] = MathF.Log(1 + text.Length);
        style[1] = CountOf(text, '!') / (float)n;
        style[2] = CountOf(text, '?') / (float)n;
        style[3] = text.Count(c => c is '"' or '“' or '”' or '«' or '»' or '„') / (float)n;
        style[4] = caps / (float)n;
        style[5] = words.Count(FirstPerson.Contains) / (float)n;
        style[6] = words.Count(SecondPerson.Contains) / (float)n;
        style[7] = text.Count(char.IsDigit) / (float)Math.Max(text.Length, 1);
        style[8] = MathF.Log(1 + words.Count);
        style[9] = words.Count == 0 ? 0 : (float)words.Average(w => w.Length);
    }

    private static int CountOf(string text, char c) => text.Count(x => x == c);

    private static void LogNormalize(Span<float> block)
    {
        var norm = 0f;
        for (var i = 0; i < block.Length; i++)
        {
            block[i] = MathF.Log(1 + block[i]);
            norm += block[i] * block[i];
        }

        if (norm > 0)
        {
            var inverse = 1 / MathF.Sqrt(norm);
            for (var i = 0; i < block.Length; i++)
            {
                block[i] *= inverse;
            }
        }
    }

    private static uint Hash(string s, uint seed)
    {
        var h = 2166136261u ^ seed;
        foreach (var c in s)
        {
            h = (h ^ c) * 16777619u;
        }

        return h;
    }

    internal static string Describe() => string.Create(CultureInfo.InvariantCulture, $"fnv1a words1-2:{WordBuckets} chars3:{CharBuckets} style:{StyleCount}");
}
