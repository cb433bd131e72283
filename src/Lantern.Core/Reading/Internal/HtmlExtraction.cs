using Lantern.Text;

namespace Lantern.Reading.Internal;

/// <summary>The extracted main text of a page: blocks joined by blank lines, and the span of each heading-1 block.</summary>
internal sealed record HtmlExtraction(string Text, IReadOnlyList<TextSpan> Blocks, IReadOnlyList<int> H1Blocks);
