namespace Lantern.Web.Api.Corpus;

/// <summary>One side of a comparison: the source asked for and the analysed articles and words found for it.</summary>
public sealed record CompareSide(string Source, int Articles, long Words);
