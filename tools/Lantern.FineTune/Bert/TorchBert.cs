using TorchSharp;
using TorchSharp.Modules;
using static TorchSharp.torch;

namespace Lantern.FineTune.Bert;

/// <summary>
/// The encoder of a <see cref="BertWeights"/> graph rebuilt in TorchSharp, computing exactly what the ONNX graph
/// computes (post-LayerNorm BERT: LayerNorm eps 1e-12, exact erf GELU, additive mask of -10000 on padded keys, 12 heads
/// of 32), so its token states match ONNX Runtime's and its weights can be written back. Parameters keep the graph's
/// names and layouts (MatMul weights [in, out]), which makes the write-back a copy. The word-embedding table
/// (30522 × 384, half the model) is frozen by default: few training texts cannot move it well and it would cost most
/// of the optimiser's memory and time.
/// </summary>
public sealed class TorchBert : IDisposable
{
    private const int Heads = 12;
    private const double LayerNormEps = 1e-12;
    private const float MaskedScore = -10000f;
    private const string WordEmbeddings = "embeddings.word_embeddings.weight";

    private readonly Dictionary<string, Parameter> parameters;

    private TorchBert(Dictionary<string, Parameter> parameters, int layers, int hidden)
    {
        this.parameters = parameters;
        Layers = layers;
        Hidden = hidden;
    }

    public int Layers { get; }

    public int Hidden { get; }

    /// <summary>The parameters the optimiser updates (every one but the frozen word embeddings).</summary>
    public IReadOnlyList<Parameter> Trainable => [.. parameters.Values.Where(p => p.requires_grad)];

    public static TorchBert Create(BertWeights weights, bool freezeWordEmbeddings = true)
    {
        ArgumentNullException.ThrowIfNull(weights);
        if (weights.Layers < 1)
        {
            throw new InvalidDataException("the graph has no transformer layer");
        }

        var parameters = new Dictionary<string, Parameter>(StringComparer.Ordinal);
        foreach (var (name, values) in weights.Tensors)
        {
            var trainable = !(freezeWordEmbeddings && name == WordEmbeddings);
            parameters[name] = new Parameter(tensor(values.Values, [.. values.Shape]), trainable);
        }

        var hidden = (int)weights.Tensors["embeddings.LayerNorm.weight"].Shape[0];
        return new TorchBert(parameters, weights.Layers, hidden);
    }

    /// <summary>
    /// Token states [batch, sequence, hidden] of <paramref name="ids"/> ([batch, sequence], int64, [CLS] … [SEP] then
    /// padding) under <paramref name="mask"/> (1 for real tokens). Dropout applies only when <paramref name="dropout"/> &gt; 0.
    /// </summary>
    public Tensor Forward(Tensor ids, Tensor mask, double dropout = 0)
    {
        ArgumentNullException.ThrowIfNull(ids);
        ArgumentNullException.ThrowIfNull(mask);
        var batch = ids.shape[0];
        var length = ids.shape[1];
        var headSize = Hidden / Heads;
        var positions = arange(length, dtype: ScalarType.Int64);
        var x = P(WordEmbeddings).index_select(0, ids.reshape(-1)).reshape(batch, length, Hidden)
            + P("embeddings.position_embeddings.weight").index_select(0, positions).unsqueeze(0)
            + P("embeddings.token_type_embeddings.weight")[0];
        x = LayerNorm(x, "embeddings.LayerNorm");
        x = Dropout(x, dropout);
        var additiveMask = (1 - mask.to_type(ScalarType.Float32)).reshape(batch, 1, 1, length) * MaskedScore;
        var scale = Math.Sqrt(headSize);
        for (var l = 0; l < Layers; l++)
        {
            var prefix = $"encoder.layer.{l}.";
            Tensor Heads(Tensor t) => t.reshape(batch, length, TorchBert.Heads, headSize).transpose(1, 2);
            var query = Heads(Dense(x, prefix + "attention.self.query"));
            var key = Heads(Dense(x, prefix + "attention.self.key"));
            var value = Heads(Dense(x, prefix + "attention.self.value"));
            var scores = query.matmul(key.transpose(2, 3)) / scale + additiveMask;
            var probabilities = Dropout(scores.softmax(-1), dropout);
            var context = probabilities.matmul(value).transpose(1, 2).reshape(batch, length, Hidden);
            x = LayerNorm(Dropout(Dense(context, prefix + "attention.output.dense"), dropout) + x, prefix + "attention.output.LayerNorm");
            var inner = nn.functional.gelu(Dense(x, prefix + "intermediate.dense"));
            x = LayerNorm(Dropout(Dense(inner, prefix + "output.dense"), dropout) + x, prefix + "output.LayerNorm");
        }

        return x;
    }

    /// <summary>Every tensor's current values by graph name, for <see cref="BertWeights.WriteTo"/>.</summary>
    public IReadOnlyDictionary<string, float[]> Export()
    {
        var values = new Dictionary<string, float[]>(StringComparer.Ordinal);
        foreach (var (name, parameter) in parameters)
        {
            values[name] = parameter.detach().contiguous().data<float>().ToArray();
        }

        return values;
    }

    /// <summary>One parameter by graph name (tests change weights through it).</summary>
    public Parameter Parameter(string name) => parameters[name];

    public void Dispose()
    {
        foreach (var parameter in parameters.Values)
        {
            parameter.Dispose();
        }
    }

    private Parameter P(string name) => parameters[name];

    private Tensor Dense(Tensor x, string prefix) => x.matmul(P(prefix + ".weight")) + P(prefix + ".bias");

    private Tensor LayerNorm(Tensor x, string prefix) =>
        nn.functional.layer_norm(x, [Hidden], P(prefix + ".weight"), P(prefix + ".bias"), LayerNormEps);

    private static Tensor Dropout(Tensor x, double p) => p > 0 ? nn.functional.dropout(x, p, training: true) : x;
}
