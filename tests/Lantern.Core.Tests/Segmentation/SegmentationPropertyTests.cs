using CsCheck;
using Lantern.Segmentation;
using Lantern.Tests.Structure;

namespace Lantern.Tests.Segmentation;

/// <summary>Invariants of segmentation on random text made of the characters that matter to it.</summary>
public sealed class SegmentationPropertyTests
{
    // letters of several scripts and cases, terminators, quotes, brackets, spaces and line ends, a surrogate pair
    private static readonly Gen<string> Texts = Gen.OneOf(
        Gen.String[Gen.Char["aZ .!?…؟\"“”„«»‘’'()\n\r\t"], 0, 120],
        Gen.String[Gen.Char["abcXYZ жЖ عر λ 東 .,!?:;\"“”«»‘’ \n-—0123456789"], 0, 300],
        Gen.Select(Gen.Int[0, 5], Gen.Int[0, 5], (a, b) => string.Concat(Enumerable.Repeat("Mr. Smith said “Hi.” ", a)) + string.Concat(Enumerable.Repeat("😀 x.\n", b))));

    [Fact]
    public void Given_any_text_When_segmented_Then_paragraphs_are_in_order_without_overlap_and_cover_every_line()
    {
        Texts.Sample(text =>
        {
            var document = DocumentSegmenter.Default.Segment(Dump.Article(text));
            var ps = document.Paragraphs;
            for (var i = 0; i < ps.Count; i++)
            {
                Assert.Equal(i, ps[i].Index);
                Assert.True(ps[i].Span.End <= text.Length && !ps[i].Span.IsEmpty);
                Assert.True(i == 0 || ps[i - 1].Span.End < ps[i].Span.Start);
            }

            var covered = ps.Sum(p => p.Span.Of(text).Count(c => !char.IsWhiteSpace(c)));
            Assert.Equal(text.Count(c => !char.IsWhiteSpace(c)), covered);
        });
    }

    [Fact]
    public void Given_any_text_When_segmented_Then_sentences_lie_in_their_paragraph_in_order_and_cover_it()
    {
        Texts.Sample(text =>
        {
            var document = DocumentSegmenter.Default.Segment(Dump.Article(text));
            var ss = document.Sentences;
            for (var i = 0; i < ss.Count; i++)
            {
                var s = ss[i];
                Assert.Equal(i, s.Index);
                Assert.True(document.Paragraphs[s.ParagraphIndex].Span.Contains(s.Span));
                Assert.False(s.Span.IsEmpty);
                var sentence = s.Span.Of(text);
                Assert.Equal(sentence.Trim(), sentence);
                Assert.True(i == 0 || ss[i - 1].Span.End <= s.Span.Start);
            }

            foreach (var p in document.Paragraphs)
            {
                var inside = ss.Where(s => s.ParagraphIndex == p.Index).Sum(s => s.Span.Of(text).Count(c => !char.IsWhiteSpace(c)));
                Assert.Equal(p.Span.Of(text).Count(c => !char.IsWhiteSpace(c)), inside);
            }
        });
    }

    [Fact]
    public void Given_any_text_When_segmented_twice_Then_the_documents_are_equal()
    {
        Texts.Sample(text =>
        {
            var a = DocumentSegmenter.Default.Segment(Dump.Article(text));
            var b = DocumentSegmenter.Default.Segment(Dump.Article(text));
            Assert.Equal(a.Paragraphs, b.Paragraphs);
            Assert.Equal(a.Sentences, b.Sentences);
            Assert.Equal(a.Structure, b.Structure);
            Assert.Equal(a.ParagraphLanguages, b.ParagraphLanguages);
            Assert.Equal(a.Language, b.Language);
        });
    }
}
