using Lantern.Text;

namespace Lantern.Documents;

/// <summary>
/// A paragraph of the body. <see cref="Index"/> counts paragraphs from 0;
/// <see cref="Line"/> is the 1-based line of the text it starts on, as SemEval label files count lines.
/// </summary>
public sealed record Paragraph(int Index, TextSpan Span, int Line);
