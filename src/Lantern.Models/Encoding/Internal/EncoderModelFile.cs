using System.Security.Cryptography;
using Google.Protobuf;
using Lantern.Errors;
using Onnx;

namespace Lantern.Models.Encoding.Internal;

/// <summary>
/// Reads an fp32 encoder graph from a file (<see cref="MiniLmEncoderOptions.ModelPath"/>), checks that it is a
/// MiniLM-shaped BERT graph deep enough for the layers asked, cuts it (<see cref="LayerTruncation"/>) and, for INT8,
/// quantises it like the packaged graph, caching the result under a name that carries the file's hash. A missing,
/// unreadable or foreign file gives one clear <see cref="ModelException"/>, never a protobuf or ONNX Runtime trace.
/// </summary>
internal static class EncoderModelFile
{
    /// <summary>Hex digits of the file's SHA-256 kept in the encoder's name: enough to tell tuned encoders apart.</summary>
    public const int HashLength = 10;

    public static byte[] Load(string path, int layers, EncoderPrecision precision, string? cacheDirectory, out string hash)
    {
        byte[] bytes;
        try
        {
            bytes = File.ReadAllBytes(path);
        }
        catch (Exception e) when (e is FileNotFoundException or DirectoryNotFoundException)
        {
            throw LanternErrors.ModelMissing(path);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            throw LanternErrors.ModelCorrupt(path, e.Message);
        }

        hash = Convert.ToHexStringLower(SHA256.HashData(bytes))[..HashLength];
        var cached = cacheDirectory is null || precision != EncoderPrecision.Int8
            ? null
            : Path.Combine(cacheDirectory, $"{MiniLmEncoder.NameOf(precision, layers, hash)}.onnx");
        if (cached is not null && File.Exists(cached))
        {
            try
            {
                return File.ReadAllBytes(cached);
            }
            catch (Exception e) when (e is IOException or UnauthorizedAccessException)
            {
                // Unreadable: make it again below.
            }
        }

        ModelProto proto;
        try
        {
            proto = ModelProto.Parser.ParseFrom(bytes);
        }
        catch (InvalidProtocolBufferException e)
        {
            throw LanternErrors.ModelCorrupt(path, "not an ONNX graph: " + e.Message);
        }

        Check(proto, path, layers);
        LayerTruncation.Truncate(proto, layers);
        if (precision != EncoderPrecision.Int8)
        {
            return proto.ToByteArray();
        }

        var model = Int8Quantizer.Quantize(proto, out _);
        if (cached is not null)
        {
            Int8Models.TryStore(cached, model);
        }

        return model;
    }

    private static void Check(ModelProto proto, string path, int layers)
    {
        var graph = proto.Graph;
        if (graph is null || graph.Output.All(o => o.Name != LayerTruncation.Output) || graph.Input.All(i => i.Name != "input_ids"))
        {
            throw LanternErrors.ModelCorrupt(path, $"not a MiniLM encoder graph (needs input_ids and {LayerTruncation.Output})");
        }

        var words = graph.Initializer.FirstOrDefault(i => i.Name == "embeddings.word_embeddings.weight");
        if (words is null || words.Dims.Count != 2 || words.Dims[1] != 384)
        {
            throw LanternErrors.ModelCorrupt(path, "not a MiniLM encoder graph (no 384-wide word embeddings)");
        }

        if (graph.Initializer.All(i => i.Name != $"encoder.layer.{layers - 1}.output.LayerNorm.bias"))
        {
            throw LanternErrors.ModelCorrupt(path, $"the graph has fewer than the {layers} layers asked for");
        }
    }
}
