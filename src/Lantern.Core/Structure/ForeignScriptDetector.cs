using System.Text;
using Lantern.Documents;
using Lantern.Languages;
using Lantern.Text;

namespace Lantern.Structure;

/// <summary>
/// Runs of letters in another script than their paragraph's main script (an Arabic phrase in an English
/// sentence), and whole paragraphs in another script than the article's (an Arabic verse on its own line in
/// an English article). A run goes from its first to its last letter (combining marks included) and may
/// hold spaces, digits and punctuation between letters of its script; runs of fewer than
/// <see cref="MinLetters"/> letters (a lone π) are ignored. The detail is the script name.
/// </summary>
public sealed class ForeignScriptDetector : IStructureDetector
{
    public ForeignScriptDetector(int minLetters = 2) => MinLetters = minLetters;

    public static ForeignScriptDetector Instance { get; } = new();

    public int MinLetters { get; }

    public IEnumerable<StructureSpan> Detect(StructureContext context, CancellationToken cancellationToken)
    {
        var text = context.Text;
        var article = Scripts.Main(text).Script;
        var result = new List<StructureSpan>();
        foreach (var paragraph in context.Paragraphs)
        {
            cancellationToken.ThrowIfCancellationRequested();
            var main = Scripts.Main(paragraph.Span.SliceOf(text)).Script;
            var runScript = Script.Common;
            int runStart = -1, runEnd = -1, runLetters = 0;

            void Close()
            {
                if (runLetters >= MinLetters && (runScript != main || main != article))
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
}
