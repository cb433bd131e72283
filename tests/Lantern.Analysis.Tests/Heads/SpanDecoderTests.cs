using CsCheck;
using Lantern.Models.Internal;
using Lantern.Text;

namespace Lantern.Analysis.Tests.Heads;

public sealed class SpanDecoderTests
{
    private static TextSpan[] Tokens(string text) =>
        [.. System.Text.RegularExpressions.Regex.Matches(text, @"\S+").Select(m => new TextSpan(m.Index, m.Length))];

    [Fact]
    public void Given_runs_above_threshold_with_a_one_token_gap_When_decoded_Then_the_gap_is_bridged_and_spans_cover_the_tokens()
    {
        const string text = "they are vile lying crooks and fine people really";
        var tokens = Tokens(text);
        float[] p = [0.1f, 0.1f, 0.9f, 0.2f, 0.8f, 0.1f, 0.1f, 0.7f, 0.1f];
        var spans = SpanDecoder.Decode(tokens, p, 1, [0.5f]).Select(s => $"{s.Span.Start}-{s.Span.End}:{s.Span.Of(text)}").ToArray();
        Assert.Equal(["9-26:vile lying crooks", "36-42:people"], spans);
    }

    [Fact]
    public void Given_any_probabilities_When_decoded_Then_spans_start_and_end_on_token_bounds_and_do_not_overlap_per_technique()
    {
        const string text = "a bb ccc dddd ee f gg hhh ii j";
        var tokens = Tokens(text);
        Gen.Float[0f, 1f].Array[tokens.Length * 2].Sample(p =>
        {
            var spans = SpanDecoder.Decode(tokens, p, 2, [0.5f, 0.3f]).ToList();
            foreach (var group in spans.GroupBy(s => s.Technique))
            {
                var ordered = group.OrderBy(s => s.Span.Start).ToList();
                for (var i = 1; i < ordered.Count; i++)
                {
                    Assert.False(ordered[i - 1].Span.Overlaps(ordered[i].Span));
                }
            }

            Assert.All(spans, s =>
            {
                Assert.Contains(tokens, t => t.Start == s.Span.Start);
                Assert.Contains(tokens, t => t.End == s.Span.End);
            });
        });
    }
}
