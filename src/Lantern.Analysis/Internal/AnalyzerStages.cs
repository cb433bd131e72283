using Lantern.Articles;
using Lantern.Documents;
using Lantern.Models;
using Lantern.Reading;

namespace Lantern.Analysis.Internal;

/// <summary>The frozen stages of an analyzer.</summary>
internal sealed record AnalyzerStages(
    Func<string, ReadOptions, Article> Reader,
    Func<Article, CancellationToken, ArticleDocument> Segmenter,
    ITextEncoder Encoder,
    IArticleHeads Heads,
    int ParallelArticles);
