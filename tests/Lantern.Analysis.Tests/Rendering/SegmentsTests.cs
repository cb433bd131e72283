using CsCheck;
using Lantern.Analysis.Rendering.Internal;
using Lantern.Analysis.Tests.Rendering;
using Lantern.Text;

namespace Lantern.Analysis.Tests.Rendering;

public sealed class SegmentsTests
{
    [Fact]
    public void Given_random_overlapping_spans_When_a_range_is_cut_Then_pieces_tile_the_range_and_each_lists_exactly_its_covering_spans()
    {
        const string text = "abcdefghijklmnopqrstuvwxyz0123456789ABCDEFGHIJ";
        var span = Gen.Int[0, text.Length - 1].SelectMany(start => Gen.Int[1, text.Length - start].Select(length => new TextSpan(start, length)));
        Gen.Select(span.Array[0, 8], span).Sample((spans, range) =>
        {
            var analysis = AnalysisSamples.With(text, null, [.. spans.Select(s => ("Doubt", s))]);
            var pieces = Segments.Cut(range, analysis.Spans).ToList();

            Assert.Equal(range.Start, pieces[0].Piece.Start);
            Assert.Equal(range.End, pieces[^1].Piece.End);
            for (var i = 1; i < pieces.Count; i++)
            {
                Assert.Equal(pieces[i - 1].Piece.End, pieces[i].Piece.Start);
            }

            foreach (var (piece, covering) in pieces)
            {
                Assert.False(piece.IsEmpty);
                var expected = Enumerable.Range(0, analysis.Spans.Count).Where(i => analysis.Spans[i].Span.Contains(piece));
                Assert.Equal(expected, covering);
                Assert.All(Enumerable.Range(0, analysis.Spans.Count).Except(covering), i => Assert.False(analysis.Spans[i].Span.Overlaps(piece)));
            }
        });
    }
}
