using Google.Protobuf;
using Onnx;

namespace Lantern.Models.Encoding.Internal;

/// <summary>
/// Rewrites an fp32 ONNX graph so that every MatMul whose right operand is a 2-D float weight runs in
/// 8-bit integers: the activation is quantised per call (<c>DynamicQuantizeLinear</c>, uint8), the
/// weight once here, int8 and symmetric with <b>one scale per output channel</b> (one scale per tensor
/// lost too much: cosine 0.90 to fp32 on some tokens, see FIELD-NOTES), and the integer product is
/// rescaled to float by activation scale × channel scale. ONNX Runtime has no quantisation API in C#,
/// so the graph is edited as protobuf (OnnxSharp) and handed back as bytes. Embedding tables
/// (Gather), LayerNorm and attention products between activations stay fp32.
/// </summary>
internal static class Int8Quantizer
{
    /// <summary>Signed 8-bit range used for weights: symmetric, so the weight zero point is 0.</summary>
    private const float WeightRange = 127f;

    /// <summary>Reads an fp32 model from <paramref name="model"/> and returns the INT8 graph's bytes.</summary>
    public static byte[] Quantize(Stream model, out int quantized) => Quantize(model, MiniLmEncoder.FullDepth, out quantized);

    /// <summary>As <see cref="Quantize(Stream, out int)"/>, keeping only the first <paramref name="layers"/> transformer layers (<see cref="LayerTruncation"/>).</summary>
    public static byte[] Quantize(Stream model, int layers, out int quantized)
    {
        // Parsed straight from the stream: no extra copy of the 90 MB fp32 model next to the parsed one.
        var proto = ModelProto.Parser.ParseFrom(model);
        LayerTruncation.Truncate(proto, layers);
        return Quantize(proto, out quantized);
    }

    /// <summary>Rewrites an already parsed (and cut) fp32 graph in place and returns its bytes.</summary>
    public static byte[] Quantize(ModelProto proto, out int quantized)
    {
        quantized = Rewrite(proto.Graph);
        return proto.ToByteArray();
    }

    private static int Rewrite(GraphProto graph)
    {
        var initializers = graph.Initializer.ToDictionary(i => i.Name, StringComparer.Ordinal);
        var consumers = graph.Node.SelectMany(n => n.Input).GroupBy(i => i, StringComparer.Ordinal).ToDictionary(g => g.Key, g => g.Count(), StringComparer.Ordinal);
        var quantizedInputs = new Dictionary<string, (string Value, string Scale, string ZeroPoint)>(StringComparer.Ordinal);
        var nodes = new List<NodeProto>(graph.Node.Count * 2);
        var count = 0;
        foreach (var node in graph.Node)
        {
            if (node.OpType != "MatMul" || node.Input.Count != 2 || !initializers.TryGetValue(node.Input[1], out var weight) || !IsFloatMatrix(weight))
            {
                nodes.Add(node);
                continue;
            }

            var prefix = $"{node.Name}_i8_{count}";
            var input = node.Input[0];

            // Several MatMuls read the same activation (query, key and value): quantise it once.
            if (!quantizedInputs.TryGetValue(input, out var q))
            {
                q = ($"{input}_u8", $"{input}_u8_scale", $"{input}_u8_zero");
                var dynamic = new NodeProto { OpType = "DynamicQuantizeLinear", Name = $"{prefix}_dql" };
                dynamic.Input.Add(input);
                dynamic.Output.Add(q.Value);
                dynamic.Output.Add(q.Scale);
                dynamic.Output.Add(q.ZeroPoint);
                nodes.Add(dynamic);
                quantizedInputs[input] = q;
            }

            var (weights, scales) = QuantizeColumns(weight);
            weights.Name = $"{prefix}_w";
            scales.Name = $"{prefix}_w_scale";
            graph.Initializer.Add(weights);
            graph.Initializer.Add(scales);

            var matMul = new NodeProto { OpType = "MatMulInteger", Name = $"{prefix}_mmi" };
            matMul.Input.Add(q.Value);
            matMul.Input.Add(weights.Name);
            matMul.Input.Add(q.ZeroPoint);
            matMul.Output.Add($"{prefix}_i32");

            var cast = new NodeProto { OpType = "Cast", Name = $"{prefix}_cast" };
            cast.Input.Add($"{prefix}_i32");
            cast.Output.Add($"{prefix}_f32");
            cast.Attribute.Add(new AttributeProto { Name = "to", Type = AttributeProto.Types.AttributeType.Int, I = (long)TensorProto.Types.DataType.Float });

            var scale = new NodeProto { OpType = "Mul", Name = $"{prefix}_scale" };
            scale.Input.Add(q.Scale);
            scale.Input.Add(scales.Name);
            scale.Output.Add($"{prefix}_s");

            var rescale = new NodeProto { OpType = "Mul", Name = $"{prefix}_rescale" };
            rescale.Input.Add($"{prefix}_f32");
            rescale.Input.Add($"{prefix}_s");
            rescale.Output.Add(node.Output[0]);

            nodes.Add(matMul);
            nodes.Add(cast);
            nodes.Add(scale);
            nodes.Add(rescale);

            // The fp32 weight goes when nothing else reads it, so the session does not hold both copies.
            if (consumers[node.Input[1]] == 1)
            {
                graph.Initializer.Remove(weight);
            }

            count++;
        }

        graph.Node.Clear();
        graph.Node.AddRange(nodes);
        return count;
    }

    private static bool IsFloatMatrix(TensorProto tensor) =>
        tensor.DataType == (int)TensorProto.Types.DataType.Float && tensor.Dims.Count == 2;

    private static (TensorProto Weights, TensorProto Scales) QuantizeColumns(TensorProto weight)
    {
        var rows = checked((int)weight.Dims[0]);
        var columns = checked((int)weight.Dims[1]);
        var values = FloatsOf(weight, rows * columns);

        var scales = new float[columns];
        for (var r = 0; r < rows; r++)
        {
            var row = values.AsSpan(r * columns, columns);
            for (var c = 0; c < columns; c++)
            {
                scales[c] = MathF.Max(scales[c], MathF.Abs(row[c]));
            }
        }

        for (var c = 0; c < columns; c++)
        {
            // An all-zero column keeps scale 1 so the rescale never divides by zero.
            scales[c] = scales[c] > 0 ? scales[c] / WeightRange : 1f;
        }

        var quantized = new byte[rows * columns];
        for (var r = 0; r < rows; r++)
        {
            for (var c = 0; c < columns; c++)
            {
                var v = MathF.Round(values[r * columns + c] / scales[c], MidpointRounding.ToEven);
                quantized[r * columns + c] = unchecked((byte)(sbyte)Math.Clamp(v, -WeightRange, WeightRange));
            }
        }

        var weights = new TensorProto { DataType = (int)TensorProto.Types.DataType.Int8, RawData = ByteString.CopyFrom(quantized) };
        weights.Dims.Add(rows);
        weights.Dims.Add(columns);
        var scaleBytes = new byte[columns * sizeof(float)];
        Buffer.BlockCopy(scales, 0, scaleBytes, 0, scaleBytes.Length);
        var scaleTensor = new TensorProto { DataType = (int)TensorProto.Types.DataType.Float, RawData = ByteString.CopyFrom(scaleBytes) };
        scaleTensor.Dims.Add(columns);
        return (weights, scaleTensor);
    }

    private static float[] FloatsOf(TensorProto tensor, int count)
    {
        var values = new float[count];
        if (!tensor.RawData.IsEmpty)
        {
            // ONNX raw data is little-endian, as is every machine .NET runs Lantern on.
            if (tensor.RawData.Length != count * sizeof(float))
            {
                throw new InvalidDataException($"weight {tensor.Name} holds {tensor.RawData.Length} bytes, expected {count * sizeof(float)}");
            }

            tensor.RawData.Span.CopyTo(System.Runtime.InteropServices.MemoryMarshal.AsBytes(values.AsSpan()));
        }
        else
        {
            if (tensor.FloatData.Count != count)
            {
                throw new InvalidDataException($"weight {tensor.Name} holds {tensor.FloatData.Count} floats, expected {count}");
            }

            tensor.FloatData.CopyTo(values, 0);
        }

        return values;
    }
}
