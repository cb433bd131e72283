using Lantern.Text;

namespace Lantern.Documents;

/// <summary>A sentence, inside paragraph <see cref="ParagraphIndex"/>.</summary>
public sealed record Sentence(int Index, TextSpan Span, int ParagraphIndex);
