using System.Collections.Frozen;
using Lantern.Text;

namespace Lantern.Segmentation;

/// <summary>
/// Rule-based sentence splitter for news text in the languages Lantern reads. A sentence ends after
/// . ! ? … ؟ 。 ！ ？ । (and any closing quotes or brackets right after them) when white space follows and the
/// next word does not start in lower case; a dot does not end a sentence after an abbreviation, an
/// initial, a dotted acronym or a German ordinal before a month. Thread-safe.
/// </summary>
public sealed class RuleSentenceSplitter : ISentenceSplitter
{
    private readonly FrozenSet<string> abbreviations;
    private readonly FrozenSet<string> sentenceFinal;
    private readonly FrozenSet<string> months;
    private readonly FrozenSet<string> beforeNumbers;

    public RuleSentenceSplitter(SentenceSplitterOptions? options = null)
    {
        Options = options ?? SentenceSplitterOptions.Default;
        abbreviations = Options.Abbreviations.ToFrozenSet(StringComparer.Ordinal);
        sentenceFinal = Options.SentenceFinalDotted.ToFrozenSet(StringComparer.Ordinal);
        months = Options.MonthNames.ToFrozenSet(StringComparer.Ordinal);
        beforeNumbers = Options.BeforeNumbers.ToFrozenSet(StringComparer.Ordinal);
    }

    public static RuleSentenceSplitter Default { get; } = new();

    public SentenceSplitterOptions Options { get; }

    public IReadOnlyList<TextSpan> Split(string text, TextSpan paragraph)
    {
        ArgumentNullException.ThrowIfNull(text);
        var result = new List<TextSpan>();
        var start = paragraph.Start;
        var end = paragraph.End;
        var i = start;
        while (i < end)
        {
            if (!IsTerminator(text[i]))
            {
                i++;
                continue;
            }

            var j = i + 1;
            while (j < end && (IsTerminator(text[j]) || IsCloser(text[j])))
            {
                j++;
            }

            if (j < end && char.IsWhiteSpace(text[j]) && EndsSentence(text, start, i, j, end))
            {
                Add(text, result, start, j);
                start = j;
            }

            i = j;
        }

        Add(text, result, start, end);
        return result;
    }

    private static void Add(string text, List<TextSpan> result, int start, int end)
    {
        var span = LineParagraphs.Trim(text, TextSpan.FromBounds(start, end));
        if (!span.IsEmpty)
        {
            result.Add(span);
        }
    }

    // i: first terminator; after: first white space after the terminators and closers.
    private bool EndsSentence(string text, int sentenceStart, int i, int after, int end)
    {
        var next = after;
        while (next < end && (char.IsWhiteSpace(text[next]) || IsOpener(text[next])))
        {
            next++;
        }

        if (next >= end)
        {
            return true;
        }

        var n = text[next];
        if (char.IsLower(n))
        {
            return false; // "approx. three", "“Why?” she asked"
        }

        var single = text[i] == '.' && (i + 1 >= after || !IsTerminator(text[i + 1]));
        if (!single)
        {
            return true; // "?!", "...", "…" before a capital
        }

        var wordStart = i;
        while (wordStart > sentenceStart && (char.IsLetter(text[wordStart - 1]) || text[wordStart - 1] == '.'))
        {
            wordStart--;
        }

        var word = text[wordStart..i];
        if (word.Length == 0)
        {
            return !IsOrdinalDate(text, sentenceStart, i, next, end);
        }

        if (word.Length == 1 && char.IsUpper(word[0]))
        {
            return false; // an initial: "J. K. Rowling"
        }

        var lower = word.ToLowerInvariant();
        if (sentenceFinal.Contains(lower))
        {
            return true;
        }

        if (beforeNumbers.Contains(lower) && char.IsDigit(n))
        {
            return false;
        }

        return !abbreviations.Contains(lower) && !lower.Contains('.', StringComparison.Ordinal);
    }

    // "am 3. Oktober", and "1. " opening an enumerated paragraph
    private bool IsOrdinalDate(string text, int sentenceStart, int dot, int next, int end)
    {
        var digits = dot;
        while (digits > sentenceStart && char.IsAsciiDigit(text[digits - 1]))
        {
            digits--;
        }

        if (digits == dot || dot - digits > 2)
        {
            return false;
        }

        if (digits == sentenceStart)
        {
            return true;
        }

        var wordEnd = next;
        while (wordEnd < end && char.IsLetter(text[wordEnd]))
        {
            wordEnd++;
        }

        return months.Contains(text[next..wordEnd].ToLowerInvariant());
    }

    private static bool IsTerminator(char c) => c is '.' or '!' or '?' or '…' or '؟' or '。' or '！' or '？' or '।';

    private static bool IsCloser(char c) => c is '"' or '\'' or '”' or '’' or '»' or '›' or ')' or ']' or '}' or '“' or '」' or '』';

    private static bool IsOpener(char c) => c is '"' or '\'' or '“' or '„' or '‘' or '«' or '‹' or '(' or '[' or '¿' or '¡' or '—' or '–' or '-';
}
