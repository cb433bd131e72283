using Lantern.Text;

namespace Lantern.Documents;

/// <summary>
/// A typed span of the article's structure. <see cref="Detail"/> carries what the kind needs:
/// the speaker's name for a quote or attribution, the script name for a foreign-script run,
/// the role and organisation for a signature.
/// </summary>
public sealed record StructureSpan(StructureKind Kind, TextSpan Span, string? Detail = null);
