using Lantern.Errors;
using Lantern.Models.Encoding;
using Xunit.Abstractions;

namespace Lantern.Analysis.Tests.Encoding;

/// <summary>The encoder cut after its first layers (<see cref="MiniLmEncoderOptions.Layers"/>): named by its depth, the same cut in INT8 and fp32, and really shallower.</summary>
public sealed class EncoderDepthTests(MiniLmEncoderFixture fixture, ITestOutputHelper output) : IClassFixture<MiniLmEncoderFixture>
{
    private const string Text =
        "Council doubles parking fees overnight\n\n" +
        "The mayor's so-called reform is a shameless cash grab, and every honest driver in this city knows it.\n" +
        "Wake up, neighbours: if we stay silent now, they will take even more next year!\n";

    [Theory]
    [InlineData(EncoderPrecision.Int8, 6, "all-MiniLM-L6-v2-int8")]
    [InlineData(EncoderPrecision.Float32, 6, "all-MiniLM-L6-v2")]
    [InlineData(EncoderPrecision.Int8, 4, "all-MiniLM-L6-v2-l4-int8")]
    [InlineData(EncoderPrecision.Float32, 3, "all-MiniLM-L6-v2-l3")]
    [InlineData(EncoderPrecision.Int8, 1, "all-MiniLM-L6-v2-l1-int8")]
    public void Given_a_precision_and_depth_When_named_and_read_back_Then_both_survive(EncoderPrecision precision, int layers, string name)
    {
        Assert.Equal(name, MiniLmEncoder.NameOf(precision, layers));
        Assert.Equal(layers, MiniLmEncoder.LayersOf(name));
        Assert.Equal(precision, MiniLmEncoder.PrecisionOf(name));
    }

    [Theory]
    [InlineData(null)]
    [InlineData("all-MiniLM-L6-v2-l9-int8")]
    [InlineData("all-MiniLM-L6-v2-lx")]
    [InlineData("some-other-encoder-l2")]
    public void Given_a_name_without_a_valid_depth_When_read_Then_it_stands_for_the_whole_model(string? name) =>
        Assert.Equal(MiniLmEncoder.FullDepth, MiniLmEncoder.LayersOf(name));

    [Theory]
    [InlineData(0)]
    [InlineData(7)]
    public void Given_a_depth_outside_the_model_When_created_Then_it_is_a_usage_error(int layers)
    {
        var error = Assert.Throws<UsageException>(() => MiniLmEncoder.Create(new MiniLmEncoderOptions { Layers = layers, CacheDirectory = null }));
        Assert.Contains("layers", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Given_four_layers_When_encoded_in_int8_and_fp32_Then_both_cut_at_the_same_place_and_differ_from_the_whole_model()
    {
        using var int8 = MiniLmEncoder.Create(new MiniLmEncoderOptions { Layers = 4, CacheDirectory = null });
        using var fp32 = MiniLmEncoder.Create(new MiniLmEncoderOptions { Layers = 4, Precision = EncoderPrecision.Float32 });
        Assert.Equal("all-MiniLM-L6-v2-l4-int8", int8.Name);
        var spans = EncoderText.Lines(Text);
        var cut = int8.Encode(Text, spans);
        var cutFp32 = fp32.Encode(Text, spans);
        var whole = fixture.Encoder.Encode(Text, spans);
        double worstSameCut = 1, worstVsWhole = 1;
        for (var p = 0; p < spans.Count; p++)
        {
            Assert.Equal(whole[p].Tokens, cut[p].Tokens);
            for (var t = 0; t < cut[p].Tokens.Count; t++)
            {
                worstSameCut = Math.Min(worstSameCut, Cosine(cut[p].Row(t), cutFp32[p].Row(t)));
                worstVsWhole = Math.Min(worstVsWhole, Cosine(cut[p].Row(t), whole[p].Row(t)));
            }
        }

        output.WriteLine($"worst token cosine, 4 layers int8 vs fp32: {worstSameCut:F4}; 4 layers vs 6 (int8): {worstVsWhole:F4}");
        // The INT8 and fp32 paths cut after the same layer (a different cut would point elsewhere) ...
        Assert.True(worstSameCut >= 0.97, $"int8 vs fp32 at 4 layers: {worstSameCut:F4}");
        // ... and the cut is real: layer-4 states are not the last layer's.
        Assert.True(worstVsWhole < 0.9, $"4 layers vs 6: {worstVsWhole:F4}");
    }

    private static double Cosine(ReadOnlySpan<float> a, ReadOnlySpan<float> b)
    {
        double dot = 0, na = 0, nb = 0;
        for (var i = 0; i < a.Length; i++)
        {
            dot += a[i] * b[i];
            na += a[i] * a[i];
            nb += b[i] * b[i];
        }

        return dot / Math.Sqrt(na * nb);
    }
}
