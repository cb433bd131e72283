using Lantern.Models;

namespace Lantern.Analysis.Internal;

/// <summary>Loads the shipped encoder and heads from a models folder.</summary>
internal static class ModelLoader
{
    public static ITextEncoder LoadEncoder(string directory, int threads) =>
        throw new NotImplementedException("waiting for the model work");

    public static IArticleHeads LoadHeads(string directory) =>
        throw new NotImplementedException("waiting for the model work");
}
