using Lantern.Text;

namespace Lantern.Analysis.Rendering.Internal;

/// <summary>
/// Cuts a range of the text at every span boundary, so that each piece is covered by a fixed set of
/// spans: overlapping and nested spans become flat runs that any renderer can mark without crossing tags.
/// </summary>
internal static class Segments
{
    /// <summary>Pieces of <paramref name="range"/> in order, each with the indices (into <paramref name="spans"/>) of the spans covering it, in opening order.</summary>
    public static IEnumerable<(TextSpan Piece, IReadOnlyList<int> Covering)> Cut(TextSpan range, IReadOnlyList<SpanFinding> spans)
    {
        var cuts = new SortedSet<int> { range.Start, range.End };
        for (var i = 0; i < spans.Count; i++)
        {
            var s = spans[i].Span;
            if (s.Start > range.Start && s.Start < range.End)
            {
                cuts.Add(s.Start);
            }

            if (s.End > range.Start && s.End < range.End)
            {
                cuts.Add(s.End);
            }
        }

        var previous = -1;
        foreach (var cut in cuts)
        {
            if (previous >= 0)
            {
                var piece = TextSpan.FromBounds(previous, cut);
                var covering = new List<int>();
                for (var i = 0; i < spans.Count; i++)
                {
                    if (spans[i].Span.Contains(piece))
                    {
                        covering.Add(i);
                    }
                }

                yield return (piece, covering);
            }

            previous = cut;
        }
    }
}
