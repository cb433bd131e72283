using System.Buffers;
using System.Text;
using Lantern.Documents;
using Lantern.Languages;
using Lantern.Text;

namespace Lantern.Structure;

/// <summary>
/// Runs of letters in another script than their paragraph's main script (an Arabic phrase in an English
/// sentence), and whole paragraphs in another script than the article's (an Arabic verse on its own line in
/// an English article). A run goes from its first to its last letter (combining marks included) and may
/// hold spaces, digits and punctuation between letters of its script. Runs of fewer than
/// <see cref="MinLetters"/> letters (a lone π), Roman numerals and web or mail addresses are ignored. The detail is the script name.
/// </summary>
public sealed class ForeignScriptDetector : IStructureDetector
{
    private static readonly SearchValues<char> RomanDigits = SearchValues.Create("IVXLCDM");

    public ForeignScriptDetector(int minLetters = 2) => MinLetters = minLetters;

    public static ForeignScriptDetector Instance { get; } = new();

    public int MinLetters { get; }

    public IEnumerable<StructureSpan> Detect(StructureContext context, CancellationToken cancellationToken)
    {
        var text = context.Text;
        var article = MainScript(text, new TextSpan(0, text.Length));
        var result = new List<StructureSpan>();
        foreach (var paragraph in context.Paragraphs)
        {
            cancellationToken.ThrowIfCancellationRequested();
            var main = MainScript(text, paragraph.Span);
            var runScript = Script.Common;
            int runStart = -1, runEnd = -1, runLetters = 0;

            void Close()
            {
                if (runLetters >= MinLetters && (runScript != main || main != article) && !IsNotForeign(text, runStart, runEnd))
                {
                    result.Add(new StructureSpan(StructureKind.ForeignScript, TextSpan.FromBounds(runStart, runEnd), runScript.ToString()));
                }

                runLetters = 0;
                runScript = Script.Common;
            }

            var i = paragraph.Span.Start;
            while (i < paragraph.Span.End)
            {
                Rune.DecodeFromUtf16(text.AsSpan(i, paragraph.Span.End - i), out var rune, out var consumed);
                var script = Scripts.Of(rune);
                if (script == Script.Inherited)
                {
                    if (runLetters > 0)
                    {
                        runEnd = i + consumed;
                    }
                }
                else if (script != Script.Common)
                {
                    if (script != runScript)
                    {
                        Close();
                        runScript = script;
                        runStart = i;
                    }

                    runLetters++;
                    runEnd = i + consumed;
                }

                i += consumed;
            }

            Close();
        }

        return result;
    }

    // The main script, not counting web and mail addresses (a long URL must not make a Russian paragraph "Latin").
    private static Script MainScript(string text, TextSpan span)
    {
        Span<int> counts = stackalloc int[Enum.GetValues<Script>().Length];
        var i = span.Start;
        while (i < span.End)
        {
            var end = i;
            while (end < span.End && !char.IsWhiteSpace(text[end]))
            {
                end++;
            }

            var token = text.AsSpan(i, end - i);
            if (!IsAddress(token))
            {
                Scripts.Count(token, counts);
            }

            i = end + 1;
        }

        return Scripts.MainOf(counts).Script;
    }

    private static bool IsAddress(ReadOnlySpan<char> token) =>
        token.Contains("://", StringComparison.Ordinal) || token.StartsWith("www.", StringComparison.OrdinalIgnoreCase) || token.Contains('@');

    // Roman numerals ("XVIII век") and web or mail addresses are Latin letters but not text in another language.
    private static bool IsNotForeign(string text, int start, int end)
    {
        var run = text.AsSpan(start, end - start);
        if (run.IndexOfAnyExcept(RomanDigits) < 0)
        {
            return true;
        }

        var tokenStart = start;
        while (tokenStart > 0 && !char.IsWhiteSpace(text[tokenStart - 1]))
        {
            tokenStart--;
        }

        var tokenEnd = end;
        while (tokenEnd < text.Length && !char.IsWhiteSpace(text[tokenEnd]))
        {
            tokenEnd++;
        }

        var token = text.AsSpan(tokenStart, tokenEnd - tokenStart);
        return !run.ContainsAny(' ', '\t') && IsAddress(token);
    }
}
