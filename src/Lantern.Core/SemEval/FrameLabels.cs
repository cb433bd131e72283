namespace Lantern.SemEval;

/// <summary>One row of a subtask-2 file: <c>ID\tframe,frame</c>.</summary>
public sealed record FrameLabels(string ArticleId, IReadOnlyList<string> Frames);
