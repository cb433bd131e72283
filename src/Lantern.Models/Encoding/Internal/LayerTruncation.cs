using Onnx;

namespace Lantern.Models.Encoding.Internal;

/// <summary>
/// Cuts a BERT-style ONNX graph after its first <c>layers</c> transformer layers: the output of that layer's
/// final LayerNorm (the node that adds <c>encoder.layer.{n}.output.LayerNorm.bias</c>) becomes
/// <c>last_hidden_state</c>, and every node and weight the later layers needed is dropped, so ONNX Runtime
/// neither runs nor holds them. The heads are trained on the same cut, so a shallower encoder costs
/// proportionally less per token and the heads see exactly the states they were trained on.
/// </summary>
internal static class LayerTruncation
{
    public const string Output = "last_hidden_state";

    /// <summary>Cuts <paramref name="model"/> in place; <paramref name="layers"/> at or above the graph's depth leaves it whole.</summary>
    public static void Truncate(ModelProto model, int layers)
    {
        ArgumentNullException.ThrowIfNull(model);
        ArgumentOutOfRangeException.ThrowIfLessThan(layers, 1);
        var graph = model.Graph;
        var bias = $"encoder.layer.{layers - 1}.output.LayerNorm.bias";
        var next = $"encoder.layer.{layers}.output.LayerNorm.bias";
        if (!graph.Initializer.Any(i => i.Name == next))
        {
            return; // no deeper layer: nothing to cut
        }

        var cut = graph.Node.SingleOrDefault(n => n.OpType == "Add" && n.Input.Contains(bias))
            ?? throw new InvalidDataException($"the encoder graph has no LayerNorm output for layer {layers}");
        var oldProducer = graph.Node.Single(n => n.Output.Contains(Output));
        oldProducer.Output[oldProducer.Output.IndexOf(Output)] = Output + "_unused";
        // Later layers read the cut's old output name; they are pruned below, so renaming it is safe.
        cut.Output[0] = Output;

        var outputs = graph.Output.Where(o => o.Name == Output).ToList();
        graph.Output.Clear();
        graph.Output.AddRange(outputs);

        // Keep only what the remaining output depends on, walking the (topologically sorted) nodes backwards.
        var needed = new HashSet<string>(StringComparer.Ordinal) { Output };
        var kept = new List<NodeProto>();
        for (var i = graph.Node.Count - 1; i >= 0; i--)
        {
            var node = graph.Node[i];
            if (node.Output.Any(needed.Contains))
            {
                kept.Add(node);
                foreach (var input in node.Input)
                {
                    needed.Add(input);
                }
            }
        }

        kept.Reverse();
        graph.Node.Clear();
        graph.Node.AddRange(kept);
        var initializers = graph.Initializer.Where(t => needed.Contains(t.Name)).ToList();
        graph.Initializer.Clear();
        graph.Initializer.AddRange(initializers);
        var inputs = graph.Input.Where(t => needed.Contains(t.Name)).ToList();
        graph.Input.Clear();
        graph.Input.AddRange(inputs);
    }
}
