namespace Lantern.Analysis;

/// <summary>The chosen genre and the score of every genre (in taxonomy order).</summary>
public sealed record GenreResult(string Label, IReadOnlyList<ScoredLabel> Scores);
