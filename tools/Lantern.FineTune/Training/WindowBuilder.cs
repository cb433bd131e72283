using Lantern.Models.Encoding;
using Lantern.Models.Encoding.Internal;
using Lantern.Taxonomy;

namespace Lantern.FineTune.Training;

/// <summary>
/// Cuts texts into training windows the way the encoder cuts paragraphs at inference (one paragraph per sequence,
/// overlapping windows when longer), tokenised by the encoder's own tokeniser. A word piece is inside a technique when
/// it overlaps one of its gold spans, as the span tagger's training defines it.
/// </summary>
internal static class WindowBuilder
{
    public static List<Window> Build(IReadOnlyList<TrainingText> texts, int windowTokens, int stride, CancellationToken cancellationToken)
    {
        var tokenizer = MiniLmEncoder.LoadTokenizer();
        var techniques = Labels.TechniqueLabels.Count;
        var windows = new List<Window>();
        foreach (var text in texts)
        {
            cancellationToken.ThrowIfCancellationRequested();
            foreach (var paragraph in text.Paragraphs)
            {
                var pieces = tokenizer.Tokenize(text.Text, paragraph.Span);
                if (pieces.Count == 0)
                {
                    continue;
                }

                var paragraphGold = new bool[techniques];
                foreach (var k in paragraph.Techniques)
                {
                    paragraphGold[k] = true;
                }

                var spans = text.Spans.Where(s => s.Span.Overlaps(paragraph.Span)).ToList();
                for (var start = 0; ; start += stride)
                {
                    var length = Math.Min(windowTokens, pieces.Count - start);
                    var ids = new long[length + 2];
                    var gold = new bool[length * techniques];
                    ids[0] = tokenizer.Cls;
                    ids[^1] = tokenizer.Sep;
                    for (var t = 0; t < length; t++)
                    {
                        var piece = pieces[start + t];
                        ids[t + 1] = piece.Id;
                        foreach (var span in spans)
                        {
                            if (piece.Span.Overlaps(span.Span))
                            {
                                gold[t * techniques + span.Technique] = true;
                            }
                        }
                    }

                    windows.Add(new Window(ids, gold, paragraphGold));
                    if (start + length >= pieces.Count)
                    {
                        break;
                    }
                }
            }
        }

        return windows;
    }
}
