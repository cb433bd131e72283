using Lantern.Text;

namespace Lantern.Models.Encoding.Internal;

/// <summary>One word piece: its vocabulary id and the range of the original text it came from.</summary>
internal readonly record struct WordPiece(int Id, TextSpan Span);
