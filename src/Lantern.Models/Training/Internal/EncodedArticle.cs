using Lantern.Models.Internal;

namespace Lantern.Models.Training.Internal;

/// <summary>
/// A corpus article with its paragraphs' token states and, for technique articles, per-token gold ([tokens, techniques] per paragraph).
/// <see cref="GenreOnly"/> articles (from <see cref="TrainSettings.GenreLanguages"/>) only add examples to the genre head:
/// no other head trains on them and cross-validation never evaluates them.
/// </summary>
internal sealed record EncodedArticle(CorpusArticle Corpus, ArticleInput Input, float[][] Means, bool[][]? TokenGold)
{
    public bool GenreOnly { get; init; }
}
