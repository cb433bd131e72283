namespace Lantern.Analysis.Explanations;

/// <summary>
/// An already-analysed passage of the user's own corpus with the same technique as an explained finding, and the
/// cosine <see cref="Similarity"/> of their embeddings (mean-pooled encoder token states). <see cref="Start"/> and
/// <see cref="Length"/> are offsets into the stored article <see cref="ArticleId"/>'s text; <see cref="Text"/> is that range.
/// </summary>
public sealed record SimilarPassage(long ArticleId, string? Title, string? Source, string Technique, string Text, int Start, int Length, double Similarity);
