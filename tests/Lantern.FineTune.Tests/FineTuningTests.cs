using System.Security.Cryptography;
using Lantern.Models.Encoding;
using Lantern.Text;

namespace Lantern.FineTune.Tests;

/// <summary>
/// The whole fine-tuning loop on a tiny corpus of our own (what CI can afford): the loss goes down, and the graph
/// written back loads in ONNX Runtime through the encoder, fp32 and INT8, with a name that says it is fine-tuned.
/// </summary>
public sealed class FineTuningTests
{
    private static FineTuneSettings Tiny(string path) => new()
    {
        OutputPath = path,
        Layers = 2,
        Epochs = 10,
        BatchSize = 8,
        WindowTokens = 32,
        Stride = 24,
        LearningRate = 1e-4,
        HeadLearningRate = 1e-2,
        Dropout = 0,
        Threads = 1,
        LogEvery = 1,
    };

    [Fact]
    public void GivenATinyCorpus_WhenTheEncoderIsFineTuned_ThenTheLossFallsAndTheWrittenGraphLoads()
    {
        var path = Path.Combine(Path.GetTempPath(), $"lantern-ft-{Guid.NewGuid():N}.onnx");
        var lines = new List<string>();
        try
        {
            var result = EncoderFineTuner.Run(TinyCorpus.Train, TinyCorpus.HeldOut, Tiny(path), lines.Add);

            Assert.Equal(10, result.Steps);
            Assert.Equal(8, result.TrainingWindows);
            Assert.True(result.LastLoss < result.FirstLoss * 0.8, $"training loss {result.FirstLoss} -> {result.LastLoss}");
            Assert.NotNull(result.HeldOutLossBefore);
            Assert.NotNull(result.HeldOutLossAfter);
            Assert.Contains(lines, l => l.StartsWith("step 10/10 epoch 10: loss ", StringComparison.Ordinal));
            Assert.Matches("^all-MiniLM-L6-v2-l2-ft[0-9a-f]{10}$", result.EncoderName);

            using var int8 = MiniLmEncoder.Create(MiniLmEncoderOptions.Default with { ModelPath = path, Layers = 2, CacheDirectory = null, IntraOpThreads = 1 });
            const string sentence = "Only a fool would believe these so-called experts.";
            var states = int8.Encode(sentence, [new TextSpan(0, sentence.Length)])[0];
            Assert.Equal(result.EncoderName + "-int8", int8.Name);
            Assert.Equal("Only", states.Tokens[0].Of(sentence));
            Assert.All(states.States, v => Assert.True(float.IsFinite(v)));
        }
        finally
        {
            File.Delete(path);
        }
    }

    [Fact]
    public void GivenTheSameSeed_WhenFineTunedTwice_ThenTheGraphsAreByteIdentical()
    {
        var first = Path.Combine(Path.GetTempPath(), $"lantern-ft-{Guid.NewGuid():N}.onnx");
        var second = Path.Combine(Path.GetTempPath(), $"lantern-ft-{Guid.NewGuid():N}.onnx");
        try
        {
            EncoderFineTuner.Run(TinyCorpus.Train, [], Tiny(first) with { Epochs = 3, Dropout = 0.1 }, _ => { });
            EncoderFineTuner.Run(TinyCorpus.Train, [], Tiny(second) with { Epochs = 3, Dropout = 0.1 }, _ => { });

            Assert.Equal(SHA256.HashData(File.ReadAllBytes(first)), SHA256.HashData(File.ReadAllBytes(second)));
            Assert.NotEqual(SHA256.HashData(File.ReadAllBytes(first)), SHA256.HashData(Google.Protobuf.MessageExtensions.ToByteArray(MiniLmEncoder.ReadPackagedGraph(2))));
        }
        finally
        {
            File.Delete(first);
            File.Delete(second);
        }
    }
}
