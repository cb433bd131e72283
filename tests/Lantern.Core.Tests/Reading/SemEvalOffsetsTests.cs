using System.Text;
using CsCheck;
using Lantern.Reading;
using Lantern.Text;

namespace Lantern.Core.Tests.Reading;

public sealed class SemEvalOffsetsTests
{
    [Fact]
    public void Given_an_article_with_an_emoji_When_code_point_offsets_are_converted_Then_they_skip_the_surrogate_pair()
    {
        // Code points: "Hi 😀 you" -> H i space 😀 space y o u ; "you" is code points 5..8, UTF-16 6..9.
        var article = PlainTextReader.FromText("Hi 😀 you", "e");
        var offsets = SemEvalOffsets.For(article);

        var span = offsets.ToSpan(5, 8);

        Assert.Equal(new TextSpan(6, 3), span);
        Assert.Equal("you", span.Of(article.Text));
        Assert.Equal((5, 8), offsets.ToCodePoints(span));
    }

    [Fact]
    public void Given_a_file_with_a_BOM_When_SemEval_offsets_are_converted_Then_the_BOM_counts_as_one_code_point()
    {
        // SemEval offsets were computed on the file as Python reads it, where the BOM is character 0.
        using var dir = new TempDirectory();
        var path = dir.Bytes(Path.Combine("en", "article5.txt"), [0xEF, 0xBB, 0xBF, .. "Big news\n\nIt rained."u8]);
        var article = SemEvalArticleReader.ReadFile(path);
        var offsets = SemEvalOffsets.For(article);

        var span = offsets.ToSpan(11, 17);

        Assert.Equal("It rained."[..6], span.Of(article.Text));
        Assert.Equal(new TextSpan(10, 6), span);
        Assert.Equal((11, 17), offsets.ToCodePoints(span));
        Assert.Equal(article.Text.Length + 1, offsets.FileCodePointCount);
    }

    [Fact]
    public void Given_strings_with_emoji_When_span_labels_go_code_points_to_UTF16_and_back_Then_they_are_identical()
    {
        var chars = Gen.OneOf("a", "b", " ", "\n", "é", "😀", "𝔘", "👍🏽", "中");
        var text = chars.Array[1, 60].Select(parts => string.Concat(parts)).Where(t => !string.IsNullOrWhiteSpace(t));
        var gen = text.SelectMany(t =>
        {
            var count = CodePoints.Count(t);
            return Gen.Select(Gen.Int[0, count], Gen.Int[0, count], Gen.Bool, (a, b, bom) => (t, Math.Min(a, b), Math.Max(a, b), bom));
        });

        gen.Sample(c =>
        {
            var (t, start, end, bom) = c;
            byte[] bytes = bom ? [0xEF, 0xBB, 0xBF, .. Encoding.UTF8.GetBytes(t)] : Encoding.UTF8.GetBytes(t);
            var article = PlainTextReader.Read(new MemoryStream(bytes), "p.txt", new ReadOptions());
            var offsets = SemEvalOffsets.For(article);
            var shift = bom ? 1 : 0;

            var span = offsets.ToSpan(start + shift, end + shift);

            Assert.Equal((start + shift, end + shift), offsets.ToCodePoints(span));
            Assert.True(span.End <= article.Text.Length);
            var expected = string.Concat(t.EnumerateRunes().Skip(start).Take(end - start).Select(r => r.ToString()));
            Assert.Equal(expected, span.Of(article.Text));
        }, iter: 500);
    }

    [Fact]
    public void Given_offsets_made_on_a_CRLF_copy_When_converted_with_CrLf_Then_each_LF_counts_twice()
    {
        // In the CRLF file "Title\r\n\r\nFirst line.\r\nSecond line." the span "Second" is code points 22..28.
        var article = PlainTextReader.FromText("Title\n\nFirst line.\nSecond line.", "c");
        var offsets = SemEvalOffsets.For(article, SemEvalLineEnds.CrLf);

        var span = offsets.ToSpan(22, 28);

        Assert.Equal("Second", span.Of(article.Text));
        Assert.Equal((22, 28), offsets.ToCodePoints(span));
        Assert.Equal(article.Text.Length + 3, offsets.FileCodePointCount);
        Assert.Equal("First", offsets.ToSpan(9, 14).Of(article.Text));
    }

    [Fact]
    public void Given_spans_that_only_fit_a_CRLF_count_When_guessed_Then_CrLf_is_chosen()
    {
        var article = PlainTextReader.FromText("Title\n\nFirst line.\nSecond line.", "c");

        Assert.Equal(SemEvalLineEnds.CrLf, SemEvalOffsets.Guess(article, [(22, 28), (29, 34)]));
        Assert.Equal(SemEvalLineEnds.AsRead, SemEvalOffsets.Guess(article, [(7, 12), (24, 30)]));
    }

    [Fact]
    public void Given_spans_on_word_boundaries_only_under_CRLF_When_guessed_Then_CrLf_is_chosen()
    {
        var article = PlainTextReader.FromText("Alpha\nBravo charlie\nDelta echo\nFoxtrot golf\nHotel india juliet\n", "w");
        var crLf = SemEvalOffsets.For(article, SemEvalLineEnds.CrLf);
        var words = new[] { "charlie", "echo", "golf", "india", "juliet" }
            .Select(w => crLf.ToCodePoints(new TextSpan(article.Text.IndexOf(w, StringComparison.Ordinal), w.Length)))
            .ToList();

        Assert.Equal(SemEvalLineEnds.CrLf, SemEvalOffsets.Guess(article, words));
    }
}
