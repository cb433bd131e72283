using Lantern.Text;

namespace Lantern.Models.Internal;

/// <summary>What the heads see of one article: its text, paragraph spans with their token states, and its language.</summary>
internal sealed record ArticleInput(string Text, IReadOnlyList<TokenStates> Paragraphs, string? Language)
{
    public IEnumerable<TextSpan> ParagraphSpans => Paragraphs.Select(p => p.Span);
}
