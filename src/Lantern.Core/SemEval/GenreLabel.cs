namespace Lantern.SemEval;

/// <summary>One row of a subtask-1 file: <c>ID\tgenre</c>.</summary>
public sealed record GenreLabel(string ArticleId, string Genre);
