using CsCheck;
using Lantern.Analysis.Internal;
using Lantern.Text;

namespace Lantern.Analysis.Tests.Pipeline;

public sealed class SpanSnappingTests
{
    [Theory]
    [InlineData("The shameful plan", 4, 5, "shameful")]
    [InlineData("The shameful plan", 9, 3, "shameful")]
    [InlineData("The shameful plan", 4, 8, "shameful")]
    [InlineData("The shameful plan", 3, 6, " shameful")]
    [InlineData("so-called reform", 3, 3, "called")]
    [InlineData("Zürich est là", 1, 2, "Zürich")]
    public void Given_a_span_inside_words_When_snapped_Then_it_covers_whole_words(string text, int start, int length, string expected) =>
        Assert.Equal(expected, Aggregator.SnapToWords(text, new TextSpan(start, length)).Of(text));

    [Fact]
    public void Given_a_span_cutting_an_emoji_When_snapped_Then_the_emoji_is_whole()
    {
        const string text = "Fans 😀 cheer";

        Assert.Equal("😀", Aggregator.SnapToCodePoints(text, new TextSpan(5, 1)).Of(text));
        Assert.Equal("😀", Aggregator.SnapToCodePoints(text, new TextSpan(6, 1)).Of(text));
    }

    [Fact]
    public void Given_any_span_When_snapped_Then_it_contains_the_original_and_never_starts_or_ends_inside_a_word_or_a_pair()
    {
        Gen.String[Gen.Char["ab 😀é-"], 1, 30].SelectMany(t => Gen.Int[0, t.Length - 1].SelectMany(s => Gen.Int[1, t.Length - s].Select(l => (t, new TextSpan(s, l)))))
            .Sample(x =>
            {
                var (text, span) = x;
                var snapped = Aggregator.SnapToWords(text, Aggregator.SnapToCodePoints(text, span));
                Assert.True(snapped.Contains(span));
                Assert.False(snapped.Start > 0 && char.IsLetter(text[snapped.Start - 1]) && char.IsLetter(text[snapped.Start]));
                Assert.False(snapped.End < text.Length && char.IsLetter(text[snapped.End - 1]) && char.IsLetter(text[snapped.End]));
                Assert.False(snapped.Start > 0 && char.IsLowSurrogate(text[snapped.Start]) && char.IsHighSurrogate(text[snapped.Start - 1]));
                Assert.False(snapped.End < text.Length && char.IsLowSurrogate(text[snapped.End]) && char.IsHighSurrogate(text[snapped.End - 1]));
            });
    }
}
