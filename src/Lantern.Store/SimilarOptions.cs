namespace Lantern.Store;

/// <summary>
/// How many neighbours to return per finding (<see cref="Count"/>, at most one per article, so that one long
/// article does not fill the list) and which article to leave out: the explained article itself, by its stored id
/// (<see cref="ExcludeArticleId"/>) and/or by the content hash of its text (<see cref="ExcludeContentHash"/>, for an
/// article analysed from a file that may also be in the corpus).
/// </summary>
public sealed record SimilarOptions
{
    public static SimilarOptions Default { get; } = new();

    public int Count { get; init; } = 3;

    public long? ExcludeArticleId { get; init; }

    public string? ExcludeContentHash { get; init; }
}
