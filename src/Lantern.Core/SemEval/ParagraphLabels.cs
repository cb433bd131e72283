namespace Lantern.SemEval;

/// <summary>One row of a subtask-3 paragraph file: <c>ID\tLINE\ttech,tech</c> (LINE 1-based; no techniques is an empty list).</summary>
public sealed record ParagraphLabels(string ArticleId, int Line, IReadOnlyList<string> Techniques);
