namespace Lantern.SemEval;

/// <summary>
/// One row of a subtask-3 span file: <c>ID\tTECHNIQUE\tSTART\tEND</c>. Offsets count Unicode code points
/// (not UTF-16 units) into the article file; convert with <see cref="Text.CodePoints"/>.
/// </summary>
public sealed record SpanLabel(string ArticleId, string Technique, int StartCodePoint, int EndCodePoint);
