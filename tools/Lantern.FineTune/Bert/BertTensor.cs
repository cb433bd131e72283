namespace Lantern.FineTune.Bert;

/// <summary>One weight tensor of the graph: its shape and its values in row-major order.</summary>
public sealed record BertTensor(IReadOnlyList<long> Shape, float[] Values);
