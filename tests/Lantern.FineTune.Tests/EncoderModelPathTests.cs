using Google.Protobuf;
using Lantern.Errors;
using Lantern.Models.Encoding;

namespace Lantern.FineTune.Tests;

/// <summary><see cref="MiniLmEncoderOptions.ModelPath"/>: a graph from a file, with one clear error when it cannot be used.</summary>
public sealed class EncoderModelPathTests
{
    [Fact]
    public void GivenAPathToNoFile_WhenTheEncoderIsCreated_ThenItSaysTheModelFileIsMissing()
    {
        var path = Path.Combine(Path.GetTempPath(), $"lantern-missing-{Guid.NewGuid():N}.onnx");

        var error = Assert.Throws<ModelException>(() => EncoderFixture.OnnxEncoder(path));

        Assert.Equal($"{path}: model file not found (train one with 'lantern train' or restore the shipped models/)", error.Message);
    }

    [Fact]
    public void GivenAFileThatIsNotAGraph_WhenTheEncoderIsCreated_ThenItSaysTheFileIsCorrupt()
    {
        var path = Path.Combine(Path.GetTempPath(), $"lantern-corrupt-{Guid.NewGuid():N}.onnx");
        File.WriteAllText(path, "these are not the weights you are looking for");
        try
        {
            var error = Assert.Throws<ModelException>(() => EncoderFixture.OnnxEncoder(path));

            Assert.StartsWith($"{path}: model file is corrupt or of another version (", error.Message, StringComparison.Ordinal);
            Assert.DoesNotContain('\n', error.Message);
        }
        finally
        {
            File.Delete(path);
        }
    }

    [Fact]
    public void GivenAFourLayerGraph_WhenSixLayersAreAskedFor_ThenItSaysTheGraphIsTooShallow()
    {
        var path = Path.Combine(Path.GetTempPath(), $"lantern-shallow-{Guid.NewGuid():N}.onnx");
        File.WriteAllBytes(path, MiniLmEncoder.ReadPackagedGraph(4).ToByteArray());
        try
        {
            var error = Assert.Throws<ModelException>(() => MiniLmEncoder.Create(MiniLmEncoderOptions.Default with { ModelPath = path, Layers = 6, CacheDirectory = null }));

            Assert.Equal($"{path}: model file is corrupt or of another version (the graph has fewer than the 6 layers asked for)", error.Message);
        }
        finally
        {
            File.Delete(path);
        }
    }

    [Fact]
    public void GivenAGraphFile_WhenLoadedAsInt8_ThenTheNameRecordsDepthTuningAndPrecisionAndReadsBack()
    {
        var path = Path.Combine(Path.GetTempPath(), $"lantern-int8-{Guid.NewGuid():N}.onnx");
        File.WriteAllBytes(path, MiniLmEncoder.ReadPackagedGraph(4).ToByteArray());
        try
        {
            using var encoder = MiniLmEncoder.Create(MiniLmEncoderOptions.Default with { ModelPath = path, Layers = 4, CacheDirectory = null });

            Assert.Matches("^all-MiniLM-L6-v2-l4-ft[0-9a-f]{10}-int8$", encoder.Name);
            Assert.Equal(4, MiniLmEncoder.LayersOf(encoder.Name));
            Assert.Equal(EncoderPrecision.Int8, MiniLmEncoder.PrecisionOf(encoder.Name));
            Assert.True(MiniLmEncoder.IsTuned(encoder.Name));
            Assert.False(MiniLmEncoder.IsTuned(MiniLmEncoder.NameOf(EncoderPrecision.Int8, 4)));
            Assert.Equal(384 * 5, encoder.Encode("Rain is expected tomorrow.", [new Text.TextSpan(0, 26)])[0].States.Length);
        }
        finally
        {
            File.Delete(path);
        }
    }
}
