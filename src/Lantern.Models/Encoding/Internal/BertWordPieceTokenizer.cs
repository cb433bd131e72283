using System.Globalization;
using System.Text;
using Lantern.Text;

namespace Lantern.Models.Encoding.Internal;

/// <summary>
/// The uncased BERT tokeniser (basic tokenisation: clean, split CJK, lower case, strip accents, split on
/// punctuation; then greedy longest-match WordPiece), written so that every piece keeps the exact range
/// of the original text it came from. Normalisation is done rune by rune, never on the text itself, so
/// offsets stay on the text as read. A word that WordPiece cannot cover (an emoji, a word over
/// <see cref="MaxWordChars"/> chars) becomes one [UNK] spanning the whole word, as in the reference tokeniser.
/// </summary>
internal sealed class BertWordPieceTokenizer
{
    public const int MaxWordChars = 100;

    private readonly Dictionary<string, int> words;
    private readonly Dictionary<string, int> suffixes;
    private readonly int maxPieceLength;

    private BertWordPieceTokenizer(Dictionary<string, int> words, Dictionary<string, int> suffixes, int cls, int sep, int pad, int unk)
    {
        this.words = words;
        this.suffixes = suffixes;
        Cls = cls;
        Sep = sep;
        Pad = pad;
        Unk = unk;
        maxPieceLength = Math.Max(words.Keys.Max(k => k.Length), suffixes.Keys.DefaultIfEmpty(string.Empty).Max(k => k!.Length));
    }

    public int Cls { get; }

    public int Sep { get; }

    public int Pad { get; }

    public int Unk { get; }

    public static BertWordPieceTokenizer Load(TextReader vocabulary)
    {
        var words = new Dictionary<string, int>(StringComparer.Ordinal);
        var suffixes = new Dictionary<string, int>(StringComparer.Ordinal);
        var id = 0;
        while (vocabulary.ReadLine() is { } line)
        {
            if (line.StartsWith("##", StringComparison.Ordinal) && line.Length > 2)
            {
                suffixes.TryAdd(line[2..], id);
            }
            else
            {
                words.TryAdd(line, id);
            }

            id++;
        }

        int Special(string token) => words.TryGetValue(token, out var v) ? v : throw new InvalidDataException($"vocabulary has no {token}");
        return new BertWordPieceTokenizer(words, suffixes, Special("[CLS]"), Special("[SEP]"), Special("[PAD]"), Special("[UNK]"));
    }

    /// <summary>Tokenises <paramref name="span"/> of <paramref name="text"/>; offsets are into <paramref name="text"/>.</summary>
    public List<WordPiece> Tokenize(string text, TextSpan span)
    {
        var pieces = new List<WordPiece>(span.Length / 4 + 4);
        var normalized = new StringBuilder();
        var starts = new List<int>();
        var ends = new List<int>();
        var wordStart = -1;
        var wordEnd = -1;

        void Flush()
        {
            if (starts.Count > 0)
            {
                WordPieces(normalized.ToString(), starts, ends, TextSpan.FromBounds(wordStart, wordEnd), pieces);
            }

            normalized.Clear();
            starts.Clear();
            ends.Clear();
            wordStart = -1;
        }

        var i = span.Start;
        while (i < span.End)
        {
            // A lone surrogate (or a pair cut by the span's end) is treated like U+FFFD: dropped, as BERT drops it.
            var width = 1;
            if (Rune.TryGetRuneAt(text, i, out var rune) && i + rune.Utf16SequenceLength <= span.End)
            {
                width = rune.Utf16SequenceLength;
            }
            else
            {
                rune = Rune.ReplacementChar;
            }

            var end = i + width;
            var value = rune.Value;
            if (value == 0 || value == 0xFFFD || IsControl(rune) || Rune.IsWhiteSpace(rune))
            {
                Flush();
            }
            else if (IsPunctuation(rune) || IsCjk(value))
            {
                Flush();
                var one = Normalize(rune);
                if (one.Length > 0)
                {
                    normalized.Append(one);
                    for (var k = 0; k < one.Length; k++)
                    {
                        starts.Add(i);
                        ends.Add(end);
                    }

                    wordStart = i;
                    wordEnd = end;
                    Flush();
                }
            }
            else
            {
                var n = Normalize(rune);
                if (wordStart < 0)
                {
                    wordStart = i;
                }

                wordEnd = end;
                normalized.Append(n);
                for (var k = 0; k < n.Length; k++)
                {
                    starts.Add(i);
                    ends.Add(end);
                }
            }

            i = end;
        }

        Flush();
        return pieces;
    }

    private void WordPieces(string word, List<int> starts, List<int> ends, TextSpan whole, List<WordPiece> pieces)
    {
        if (word.Length > MaxWordChars)
        {
            pieces.Add(new WordPiece(Unk, whole));
            return;
        }

        var first = pieces.Count;
        var position = 0;
        while (position < word.Length)
        {
            var found = -1;
            var length = Math.Min(maxPieceLength, word.Length - position);
            var table = position == 0 ? words : suffixes;
            var lookup = table.GetAlternateLookup<ReadOnlySpan<char>>();
            for (; length > 0; length--)
            {
                if (lookup.TryGetValue(word.AsSpan(position, length), out var id))
                {
                    found = id;
                    break;
                }
            }

            if (found < 0)
            {
                pieces.RemoveRange(first, pieces.Count - first);
                pieces.Add(new WordPiece(Unk, whole));
                return;
            }

            pieces.Add(new WordPiece(found, TextSpan.FromBounds(starts[position], ends[position + length - 1])));
            position += length;
        }
    }

    // Lower case, then strip accents as BERT does (NFD, drop non-spacing marks); see AccentFolding for why not string.Normalize.
    private static string Normalize(Rune rune)
    {
        var lower = rune.ToString().ToLowerInvariant();
        var builder = new StringBuilder(lower.Length);
        foreach (var c in lower)
        {
            if (CharUnicodeInfo.GetUnicodeCategory(c) == UnicodeCategory.NonSpacingMark)
            {
                continue;
            }

            builder.Append(AccentFolding.Fold(c) ?? c.ToString());
        }

        return builder.ToString();
    }

    private static bool IsControl(Rune rune)
    {
        if (rune.Value is '\t' or '\n' or '\r')
        {
            return false;
        }

        var category = Rune.GetUnicodeCategory(rune);
        return category is UnicodeCategory.Control or UnicodeCategory.Format;
    }

    // BERT counts every non-alphanumeric ASCII symbol as punctuation, plus Unicode P* categories.
    private static bool IsPunctuation(Rune rune)
    {
        var v = rune.Value;
        if (v is (>= 33 and <= 47) or (>= 58 and <= 64) or (>= 91 and <= 96) or (>= 123 and <= 126))
        {
            return true;
        }

        return Rune.GetUnicodeCategory(rune) is UnicodeCategory.ConnectorPunctuation or UnicodeCategory.DashPunctuation
            or UnicodeCategory.OpenPunctuation or UnicodeCategory.ClosePunctuation or UnicodeCategory.InitialQuotePunctuation
            or UnicodeCategory.FinalQuotePunctuation or UnicodeCategory.OtherPunctuation;
    }

    private static bool IsCjk(int v) =>
        v is (>= 0x4E00 and <= 0x9FFF) or (>= 0x3400 and <= 0x4DBF) or (>= 0x20000 and <= 0x2A6DF) or (>= 0x2A700 and <= 0x2B73F)
            or (>= 0x2B740 and <= 0x2B81F) or (>= 0x2B820 and <= 0x2CEAF) or (>= 0xF900 and <= 0xFAFF) or (>= 0x2F800 and <= 0x2FA1F);
}
