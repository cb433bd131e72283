using Lantern.Analysis.Explanations;

namespace Lantern.Web.Api;

/// <summary>
/// The answer of <c>POST /api/explain</c>: <see cref="Kind"/> <c>span</c> (then <see cref="Span"/> is set) or
/// <c>paragraph</c> (then <see cref="Paragraph"/>); <see cref="Corpus"/> says whether the server has a corpus to find
/// similar passages in (without one, <c>similar</c> is always empty).
/// </summary>
public sealed record ExplainResponse(string Kind, bool Corpus, SpanExplanation? Span, ParagraphExplanation? Paragraph);
