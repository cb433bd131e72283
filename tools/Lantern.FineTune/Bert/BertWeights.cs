using Google.Protobuf;
using Onnx;

namespace Lantern.FineTune.Bert;

/// <summary>
/// The trainable tensors of a BERT encoder graph, by their PyTorch names (<c>encoder.layer.0.attention.self.query.weight</c>),
/// read from and written back into an fp32 ONNX graph. Biases, LayerNorm and embeddings are initializers under those
/// names; the exporter gave the MatMul weights numeric names, so each is named after the bias its MatMul's Add adds
/// (<c>...query.bias</c> gives <c>...query.weight</c>). Weights keep the graph's layout ([in, out] for MatMul weights),
/// so writing back is a byte copy into the same initializer and the graph is otherwise untouched.
/// </summary>
public sealed class BertWeights
{
    private readonly Dictionary<string, string> initializerOf;

    private BertWeights(IReadOnlyDictionary<string, BertTensor> tensors, Dictionary<string, string> initializerOf, int layers)
    {
        Tensors = tensors;
        this.initializerOf = initializerOf;
        Layers = layers;
    }

    /// <summary>Tensors by PyTorch name, in the graph's initializer order.</summary>
    public IReadOnlyDictionary<string, BertTensor> Tensors { get; }

    /// <summary>Transformer layers in the graph.</summary>
    public int Layers { get; }

    public static BertWeights Read(ModelProto model)
    {
        ArgumentNullException.ThrowIfNull(model);
        var graph = model.Graph;
        var initializers = graph.Initializer.ToDictionary(i => i.Name, StringComparer.Ordinal);
        var addsOf = graph.Node.Where(n => n.OpType == "Add").SelectMany(n => n.Input.Select(i => (Input: i, Node: n)))
            .GroupBy(x => x.Input, StringComparer.Ordinal).ToDictionary(g => g.Key, g => g.Select(x => x.Node).ToList(), StringComparer.Ordinal);
        var nameOf = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var node in graph.Node.Where(n => n.OpType == "MatMul" && n.Input.Count == 2 && initializers.ContainsKey(n.Input[1])))
        {
            var bias = addsOf.GetValueOrDefault(node.Output[0])?.SelectMany(a => a.Input).FirstOrDefault(i => i.EndsWith(".bias", StringComparison.Ordinal) && initializers.ContainsKey(i))
                ?? throw new InvalidDataException($"MatMul {node.Name} has no named bias after it");
            nameOf[node.Input[1]] = bias[..^".bias".Length] + ".weight";
        }

        var tensors = new Dictionary<string, BertTensor>(StringComparer.Ordinal);
        var initializerOf = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var initializer in graph.Initializer)
        {
            if (initializer.DataType != (int)TensorProto.Types.DataType.Float)
            {
                continue; // position ids and shape constants
            }

            var name = nameOf.GetValueOrDefault(initializer.Name, initializer.Name);
            if (!name.StartsWith("embeddings.", StringComparison.Ordinal) && !name.StartsWith("encoder.", StringComparison.Ordinal))
            {
                continue; // the pooler, which the token states do not use
            }

            tensors[name] = new BertTensor([.. initializer.Dims], Values(initializer));
            initializerOf[name] = initializer.Name;
        }

        var layers = 0;
        while (tensors.ContainsKey($"encoder.layer.{layers}.output.LayerNorm.bias"))
        {
            layers++;
        }

        return new BertWeights(tensors, initializerOf, layers);
    }

    /// <summary>
    /// Writes <paramref name="values"/> (by PyTorch name, each of its tensor's shape) into the graph's initializers in
    /// place; names not given keep their values. An unknown name or a wrong size is an error, nothing half written.
    /// </summary>
    public void WriteTo(ModelProto model, IReadOnlyDictionary<string, float[]> values)
    {
        ArgumentNullException.ThrowIfNull(model);
        ArgumentNullException.ThrowIfNull(values);
        var initializers = model.Graph.Initializer.ToDictionary(i => i.Name, StringComparer.Ordinal);
        foreach (var (name, data) in values)
        {
            if (!initializerOf.TryGetValue(name, out var initializer) || !initializers.ContainsKey(initializer))
            {
                throw new ArgumentException($"the graph has no tensor {name}", nameof(values));
            }

            if (data.Length != Tensors[name].Values.Length)
            {
                throw new ArgumentException($"{name}: {data.Length} values for a tensor of {Tensors[name].Values.Length}", nameof(values));
            }
        }

        foreach (var (name, data) in values)
        {
            var tensor = initializers[initializerOf[name]];
            var bytes = new byte[data.Length * sizeof(float)];
            Buffer.BlockCopy(data, 0, bytes, 0, bytes.Length);
            tensor.FloatData.Clear();
            tensor.RawData = ByteString.CopyFrom(bytes);
        }
    }

    private static float[] Values(TensorProto tensor)
    {
        if (tensor.FloatData.Count > 0)
        {
            return [.. tensor.FloatData];
        }

        if (!BitConverter.IsLittleEndian)
        {
            throw new PlatformNotSupportedException("ONNX raw tensors are little-endian");
        }

        var values = new float[tensor.RawData.Length / sizeof(float)];
        tensor.RawData.Span.CopyTo(System.Runtime.InteropServices.MemoryMarshal.AsBytes(values.AsSpan()));
        return values;
    }
}
