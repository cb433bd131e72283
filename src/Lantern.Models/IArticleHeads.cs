using Lantern.Documents;

namespace Lantern.Models;

/// <summary>The trained heads: from a segmented article and its paragraphs' token states to predictions. Thread-safe.</summary>
public interface IArticleHeads
{
    string Version { get; }

    /// <param name="paragraphStates">One entry per paragraph of <paramref name="document"/>, in order.</param>
    HeadPredictions Predict(ArticleDocument document, IReadOnlyList<TokenStates> paragraphStates, CancellationToken cancellationToken = default);
}
