using Lantern.Models.Internal;

namespace Lantern.Models.Training.Internal;

/// <summary>A corpus article with its paragraphs' token states and, for technique articles, per-token gold ([tokens, techniques] per paragraph).</summary>
internal sealed record EncodedArticle(CorpusArticle Corpus, ArticleInput Input, float[][] Means, bool[][]? TokenGold);
