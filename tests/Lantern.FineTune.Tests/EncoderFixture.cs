using Lantern.FineTune.Bert;
using Lantern.Models.Encoding;
using Lantern.Text;
using static TorchSharp.torch;

namespace Lantern.FineTune.Tests;

/// <summary>Shared helpers: the packaged graph cut to the shipped depth, and token states from both runtimes.</summary>
internal static class EncoderFixture
{
    /// <summary>The depth the shipped heads use.</summary>
    public const int Layers = 4;

    /// <summary>Sentences of our own, of different lengths so a batch pads.</summary>
    public static readonly string[] Sentences =
    [
        "The mayor's reckless plan will bankrupt every family in town, critics warned on Tuesday.",
        "Only a fool would believe these so-called experts.",
        "Rain is expected tomorrow.",
    ];

    public static MiniLmEncoder OnnxEncoder(string? modelPath = null) =>
        MiniLmEncoder.Create(MiniLmEncoderOptions.Default with { Precision = EncoderPrecision.Float32, Layers = Layers, ModelPath = modelPath, CacheDirectory = null, IntraOpThreads = 1 });

    /// <summary>ONNX Runtime's states of each sentence's word pieces (no [CLS]/[SEP]), each encoded alone.</summary>
    public static float[][] OnnxStates(MiniLmEncoder encoder) =>
        [.. Sentences.Select(s => encoder.Encode(s, [new TextSpan(0, s.Length)])[0].States)];

    /// <summary>TorchSharp's states of the same word pieces, all sentences in one padded batch.</summary>
    public static float[][] TorchStates(TorchBert bert)
    {
        var tokenizer = MiniLmEncoder.LoadTokenizer();
        var pieces = Sentences.Select(s => tokenizer.Tokenize(s, new TextSpan(0, s.Length))).ToList();
        var length = pieces.Max(p => p.Count) + 2;
        var ids = new long[Sentences.Length * length];
        var mask = new long[Sentences.Length * length];
        Array.Fill(ids, tokenizer.Pad);
        for (var s = 0; s < pieces.Count; s++)
        {
            ids[s * length] = tokenizer.Cls;
            for (var t = 0; t < pieces[s].Count; t++)
            {
                ids[s * length + 1 + t] = pieces[s][t].Id;
            }

            ids[s * length + 1 + pieces[s].Count] = tokenizer.Sep;
            Array.Fill(mask, 1, s * length, pieces[s].Count + 2);
        }

        using var scope = NewDisposeScope();
        using var _ = no_grad();
        var states = bert.Forward(tensor(ids, [Sentences.Length, length]), tensor(mask, [Sentences.Length, length]));
        return [.. pieces.Select((p, s) => states[s].narrow(0, 1, p.Count).contiguous().data<float>().ToArray())];
    }

    public static float MaxAbsDifference(float[][] a, float[][] b)
    {
        var max = 0f;
        for (var s = 0; s < a.Length; s++)
        {
            Assert.Equal(a[s].Length, b[s].Length);
            for (var i = 0; i < a[s].Length; i++)
            {
                max = Math.Max(max, Math.Abs(a[s][i] - b[s][i]));
            }
        }

        return max;
    }
}
