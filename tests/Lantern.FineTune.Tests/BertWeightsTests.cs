using Google.Protobuf;
using Lantern.FineTune.Bert;
using Lantern.Models.Encoding;
using static TorchSharp.torch;

namespace Lantern.FineTune.Tests;

/// <summary>
/// The TorchSharp encoder built from the ONNX graph's weights computes what ONNX Runtime computes, and weights written
/// back into the graph are the ones ONNX Runtime then runs.
/// </summary>
public sealed class BertWeightsTests
{
    [Fact]
    public void GivenThePackagedGraphCutToFourLayers_WhenItsWeightsAreRead_ThenEveryLayerTensorIsNamedAndShaped()
    {
        var weights = BertWeights.Read(MiniLmEncoder.ReadPackagedGraph(EncoderFixture.Layers));

        Assert.Equal(4, weights.Layers);
        // 5 embedding tensors + 16 per layer (6 dense weight/bias pairs... q, k, v, attention out, intermediate, output; 2 LayerNorms)
        Assert.Equal(5 + 16 * 4, weights.Tensors.Count);
        Assert.Equal(new long[] { 384, 384 }, weights.Tensors["encoder.layer.3.attention.self.query.weight"].Shape);
        Assert.Equal(new long[] { 384, 1536 }, weights.Tensors["encoder.layer.0.intermediate.dense.weight"].Shape);
        Assert.Equal(new long[] { 1536, 384 }, weights.Tensors["encoder.layer.2.output.dense.weight"].Shape);
        Assert.Equal(new long[] { 30522, 384 }, weights.Tensors["embeddings.word_embeddings.weight"].Shape);
        Assert.DoesNotContain(weights.Tensors.Keys, k => k.StartsWith("encoder.layer.4.", StringComparison.Ordinal));
    }

    [Fact]
    public void GivenOurSentences_WhenTorchSharpAndOnnxRuntimeEncodeThem_ThenTheTokenStatesAgree()
    {
        using var encoder = EncoderFixture.OnnxEncoder();
        using var bert = TorchBert.Create(BertWeights.Read(MiniLmEncoder.ReadPackagedGraph(EncoderFixture.Layers)));

        var difference = EncoderFixture.MaxAbsDifference(EncoderFixture.OnnxStates(encoder), EncoderFixture.TorchStates(bert));

        Assert.True(difference < 1e-3f, $"max abs difference {difference}");
    }

    [Fact]
    public void GivenUnchangedWeights_WhenWrittenBack_ThenTheGraphAndItsOutputAreIdentical()
    {
        var graph = MiniLmEncoder.ReadPackagedGraph(EncoderFixture.Layers);
        var original = graph.ToByteArray();
        var weights = BertWeights.Read(graph);
        using var bert = TorchBert.Create(weights);

        weights.WriteTo(graph, bert.Export());
        var path = Path.Combine(Path.GetTempPath(), $"lantern-roundtrip-{Guid.NewGuid():N}.onnx");
        File.WriteAllBytes(path, graph.ToByteArray());
        try
        {
            Assert.Equal(original, graph.ToByteArray());
            using var packaged = EncoderFixture.OnnxEncoder();
            using var written = EncoderFixture.OnnxEncoder(path);
            var expected = EncoderFixture.OnnxStates(packaged);
            var actual = EncoderFixture.OnnxStates(written);
            Assert.Equal(0f, EncoderFixture.MaxAbsDifference(expected, actual));
        }
        finally
        {
            File.Delete(path);
        }
    }

    [Fact]
    public void GivenChangedWeights_WhenWrittenBack_ThenOnnxRuntimeComputesWhatTorchSharpComputes()
    {
        var graph = MiniLmEncoder.ReadPackagedGraph(EncoderFixture.Layers);
        var weights = BertWeights.Read(graph);
        using var bert = TorchBert.Create(weights);
        manual_seed(7);
        using (no_grad())
        {
            // A matrix (stored under a numeric name in the graph), a bias and a LayerNorm gain, in different layers.
            bert.Parameter("encoder.layer.1.attention.self.query.weight").add_(randn(384, 384) * 0.05f);
            bert.Parameter("encoder.layer.3.intermediate.dense.bias").add_(randn(1536) * 0.1f);
            bert.Parameter("encoder.layer.2.output.LayerNorm.weight").mul_(1.1f);
        }

        weights.WriteTo(graph, bert.Export());
        var path = Path.Combine(Path.GetTempPath(), $"lantern-roundtrip-{Guid.NewGuid():N}.onnx");
        File.WriteAllBytes(path, graph.ToByteArray());
        try
        {
            using var packaged = EncoderFixture.OnnxEncoder();
            using var written = EncoderFixture.OnnxEncoder(path);
            var before = EncoderFixture.OnnxStates(packaged);
            var after = EncoderFixture.OnnxStates(written);
            var torchAfter = EncoderFixture.TorchStates(bert);

            Assert.True(EncoderFixture.MaxAbsDifference(after, torchAfter) < 1e-3f, $"ONNX vs TorchSharp after the change: {EncoderFixture.MaxAbsDifference(after, torchAfter)}");
            Assert.True(EncoderFixture.MaxAbsDifference(before, after) > 0.05f, "the change did not reach the graph");
            Assert.Matches("^all-MiniLM-L6-v2-l4-ft[0-9a-f]{10}$", written.Name);
        }
        finally
        {
            File.Delete(path);
        }
    }
}
