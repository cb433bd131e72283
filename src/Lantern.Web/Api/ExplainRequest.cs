namespace Lantern.Web.Api;

/// <summary>
/// The JSON body of <c>POST /api/explain</c>: the article <see cref="Text"/> (as analysed: the <c>text</c> of an
/// <c>/api/analyze</c> answer), the <see cref="Technique"/>, and either a span (<see cref="Start"/>,
/// <see cref="Length"/>) or a paragraph label (<see cref="Paragraph"/>, 0-based); <see cref="Similar"/> passages from
/// the corpus, 0–10 (default 3; none when the server has no corpus).
/// </summary>
public sealed record ExplainRequest(string? Text, string? Title, string? Technique, int? Start, int? Length, int? Paragraph, int? Similar);
