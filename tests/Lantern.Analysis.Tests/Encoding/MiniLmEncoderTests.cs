using Lantern.Text;

namespace Lantern.Analysis.Tests.Encoding;

public sealed class MiniLmEncoderTests(MiniLmEncoderFixture fixture) : IClassFixture<MiniLmEncoderFixture>
{
    private const string Text = "Title of the piece\n\nThe “reform” is a disgrace, critics say.\nCafé owners in Zürich\tdisagree 😀 strongly.\n";

    [Fact]
    public void Given_paragraphs_When_encoded_Then_every_token_span_is_the_source_of_its_word_piece_inside_its_paragraph()
    {
        var spans = EncoderText.Lines(Text);
        var states = fixture.Encoder.Encode(Text, spans);
        Assert.Equal(spans.Count, states.Count);
        for (var i = 0; i < spans.Count; i++)
        {
            Assert.Equal(spans[i], states[i].Span);
            Assert.Equal(states[i].Tokens.Count * 384, states[i].States.Length);
            Assert.All(states[i].Tokens, t => Assert.True(spans[i].Contains(t)));
        }

        var words = string.Join(" ", states[1].Tokens.Select(t => t.Of(Text)));
        Assert.Equal("The “ reform ” is a disgrace , critics say .", words);
        Assert.Contains(states[2].Tokens, t => t.Of(Text) == "😀");
        Assert.Contains(states[2].Tokens, t => t.Of(Text) == "Café");
    }

    [Fact]
    public void Given_a_span_longer_than_a_window_When_encoded_Then_it_is_windowed_and_every_token_is_kept()
    {
        var text = string.Join(" ", Enumerable.Range(0, 50).Select(i => $"word{i % 7} tax"));
        var whole = new TextSpan(0, text.Length);
        var windowed = fixture.Small.Encode(text, [whole])[0];
        var single = fixture.Encoder.Encode(text, [whole])[0];
        Assert.True(windowed.Windowed);
        Assert.False(single.Windowed);
        Assert.Equal(single.Tokens, windowed.Tokens);
        Assert.Equal(text.Replace(" ", string.Empty, StringComparison.Ordinal), string.Concat(windowed.Tokens.Select(t => t.Of(text))));
        Assert.All(Enumerable.Range(0, windowed.Tokens.Count), t => Assert.Contains(windowed.Row(t).ToArray(), v => v != 0));
    }

    [Fact]
    public void Given_a_span_over_512_word_pieces_When_encoded_with_default_options_Then_nothing_is_cut()
    {
        var text = string.Join(" ", Enumerable.Repeat("propaganda is loud", 250));
        var states = fixture.Encoder.Encode(text, [new TextSpan(0, text.Length)])[0];
        Assert.True(states.Windowed);
        Assert.True(states.Tokens.Count > 512);
        Assert.Equal(text.Length, states.Tokens[^1].End);
    }

    [Fact]
    public void Given_a_short_and_a_long_span_in_one_batch_When_encoded_in_fp32_Then_padding_does_not_change_the_short_ones_states()
    {
        // fp32 only: the INT8 graph quantises activations with one scale per batch, so there the batch's
        // other windows move a state slightly (bounded in Int8EncoderTests).
        var spans = EncoderText.Lines(Text);
        var together = fixture.Float32.Encode(Text, spans);
        for (var i = 0; i < spans.Count; i++)
        {
            var alone = fixture.Float32.Encode(Text, [spans[i]])[0];
            Assert.Equal(alone.Tokens, together[i].Tokens);
            for (var k = 0; k < alone.States.Length; k++)
            {
                Assert.True(Math.Abs(alone.States[k] - together[i].States[k]) < 1e-4, $"paragraph {i} value {k}: {alone.States[k]} vs {together[i].States[k]}");
            }
        }
    }

    [Fact]
    public void Given_the_same_input_twice_When_encoded_Then_states_are_identical()
    {
        var spans = EncoderText.Lines(Text);
        var first = fixture.Encoder.Encode(Text, spans);
        var second = fixture.Encoder.Encode(Text, spans);
        for (var i = 0; i < spans.Count; i++)
        {
            Assert.Equal(first[i].States, second[i].States);
        }
    }

    [Fact]
    public void Given_an_empty_or_blank_span_When_encoded_Then_it_has_no_tokens()
    {
        var states = fixture.Encoder.Encode("a   b", [new TextSpan(1, 3), new TextSpan(0, 0)]);
        Assert.Empty(states[0].Tokens);
        Assert.Empty(states[1].Tokens);
    }
}
