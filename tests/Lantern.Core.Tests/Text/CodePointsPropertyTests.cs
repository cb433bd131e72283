using CsCheck;
using Lantern.Articles;
using Lantern.Reading;
using Lantern.Text;

namespace Lantern.Core.Tests.Text;

/// <summary>Code point (SemEval) and UTF-16 (Lantern) offsets convert both ways, astral characters and BOMs included.</summary>
public sealed class CodePointsPropertyTests
{
    // Astral characters (emoji, maths letters), a BOM character, accents, line ends, and lone surrogates (one code point each).
    private static readonly Gen<string[]> Pieces = Gen.OneOf("a", "Z", " ", "é", "ж", "😀", "𝔸", "👍🏽", "\uFEFF", "\n", "\r\n", "\t", "\uD800", "\uDC00", ".")
        .Array[0, 60];

    [Fact]
    public void Given_any_text_When_code_points_map_to_UTF16_and_back_Then_every_offset_returns_and_spans_cover_the_same_runes()
    {
        Pieces.Sample(pieces =>
        {
            var text = string.Concat(pieces);
            var points = CodePoints.Of(text);

            Assert.Equal(CodePoints.Count(text), points.CodePointCount);
            Assert.Equal(text.Length, points.ToUtf16(points.CodePointCount));
            for (var cp = 0; cp <= points.CodePointCount; cp++)
            {
                Assert.Equal(cp, points.ToCodePoint(points.ToUtf16(cp)));
                Assert.True(cp == 0 || points.ToUtf16(cp - 1) < points.ToUtf16(cp));
            }

            var runes = Runes(text);
            for (var start = 0; start <= runes.Count; start += 3)
            {
                var end = Math.Min(runes.Count, start + 4);
                var span = points.SpanFromCodePoints(start, end);
                Assert.Equal(string.Concat(runes.Skip(start).Take(end - start)), span.Of(text));
                Assert.Equal((start, end), points.SpanToCodePoints(span));
            }
        }, iter: 300);
    }

    [Fact]
    public void Given_any_file_When_SemEval_offsets_count_a_BOM_and_virtual_CRs_Then_each_code_point_range_is_the_same_text()
    {
        var file = Gen.Select(Pieces, Gen.Bool, Gen.Bool, (pieces, bom, crLf) => (Text: string.Concat(pieces).Replace("\uFEFF", "", StringComparison.Ordinal), Bom: bom, CrLf: crLf));
        file.Sample(f =>
        {
            var article = new Article { Id = "f", Text = f.Text, HasByteOrderMark = f.Bom };
            var offsets = SemEvalOffsets.For(article, f.CrLf ? SemEvalLineEnds.CrLf : SemEvalLineEnds.AsRead);

            // The file as Python counts it: the BOM first, a CR before every LF that has none (under CrLf); the flag marks what Article.Text lacks.
            var counted = new List<(string Rune, bool Extra)>();
            if (f.Bom)
            {
                counted.Add(("\uFEFF", true));
            }

            var runes = Runes(f.Text);
            for (var i = 0; i < runes.Count; i++)
            {
                if (f.CrLf && runes[i] == "\n" && (i == 0 || runes[i - 1] != "\r"))
                {
                    counted.Add(("\r", true));
                }

                counted.Add((runes[i], false));
            }

            Assert.Equal(counted.Count, offsets.FileCodePointCount);
            for (var start = 0; start <= counted.Count; start += 2)
            {
                for (var end = start; end <= Math.Min(counted.Count, start + 5); end++)
                {
                    var expected = string.Concat(counted.Skip(start).Take(end - start).Where(c => !c.Extra).Select(c => c.Rune));
                    Assert.Equal(expected, offsets.ToSpan(start, end).Of(f.Text));
                }
            }

            // Back from the text: every span between rune boundaries maps to code points that map to it again.
            var boundaries = new List<int> { 0 };
            boundaries.AddRange(runes.Select(r => r.Length).Select((length, i) => runes.Take(i + 1).Sum(x => x.Length)));
            foreach (var a in boundaries)
            {
                var span = TextSpan.FromBounds(a, boundaries.FirstOrDefault(b => b > a, a));
                var (start, end) = offsets.ToCodePoints(span);
                Assert.Equal(span, offsets.ToSpan(start, end));
            }
        }, iter: 300);
    }

    private static List<string> Runes(string text)
    {
        var runes = new List<string>();
        for (var i = 0; i < text.Length; i++)
        {
            var pair = char.IsHighSurrogate(text[i]) && i + 1 < text.Length && char.IsLowSurrogate(text[i + 1]);
            runes.Add(pair ? text.Substring(i++, 2) : text[i].ToString());
        }

        return runes;
    }
}
