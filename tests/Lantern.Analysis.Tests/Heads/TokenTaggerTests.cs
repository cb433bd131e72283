using Lantern.Models;
using Lantern.Models.Internal;
using Lantern.Text;

namespace Lantern.Analysis.Tests.Heads;

/// <summary>
/// <see cref="HeadsRunner.TagTokens"/> computes the paragraph-mean part of the tagger's logits once per paragraph: its
/// probabilities must be those of the plain layer over each token's whole input (<see cref="Featurizer.Token"/>), for
/// paragraphs of one token, of fewer tokens than the context and of many, with inputs beyond the clipping bound.
/// </summary>
public sealed class TokenTaggerTests
{
    [Theory]
    [InlineData(1)]
    [InlineData(3)]
    [InlineData(57)]
    public void Given_a_paragraph_When_tagged_Then_every_probability_equals_the_plain_layer_over_the_whole_input(int tokens)
    {
        var random = new Random(tokens);
        const int outputs = 23;
        var inputs = Featurizer.TokenInputs;
        float Next(float scale) => (float)(random.NextDouble() * 2 - 1) * scale;
        var tagger = new LinearModel(
            inputs,
            outputs,
            softmax: false,
            [.. Enumerable.Range(0, inputs).Select(_ => Next(0.5f))],
            [.. Enumerable.Range(0, inputs).Select(i => i % 97 == 0 ? 0f : 4f + Next(3f))], // some constant inputs, many clipped
            [.. Enumerable.Range(0, inputs * outputs).Select(_ => Next(0.05f))],
            [.. Enumerable.Range(0, outputs).Select(_ => Next(1f))]);
        var spans = Enumerable.Range(0, tokens).Select(t => new TextSpan(2 * t, 1)).ToArray();
        var states = new TokenStates(new TextSpan(0, 2 * tokens), spans, [.. Enumerable.Range(0, tokens * Featurizer.Dim).Select(_ => Next(2f))], Featurizer.Dim);
        var mean = Featurizer.MeanState(states);

        var tagged = HeadsRunner.TagTokens(tagger, states, mean);

        Assert.Equal(tokens * outputs, tagged.Length);
        var x = new float[inputs];
        for (var t = 0; t < tokens; t++)
        {
            Featurizer.Token(states, mean, t, x);
            var expected = tagger.Predict(x);
            for (var o = 0; o < outputs; o++)
            {
                Assert.Equal(expected[o], tagged[t * outputs + o], 1e-5f);
            }
        }

        Assert.Contains(tagged, p => p < 0.2f);
        Assert.Contains(tagged, p => p > 0.8f);
    }
}
