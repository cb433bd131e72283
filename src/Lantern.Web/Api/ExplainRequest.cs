using System.ComponentModel;

namespace Lantern.Web.Api;

/// <summary>
/// The JSON body of <c>POST /api/explain</c>: the article <see cref="Text"/> (as analysed: the <c>text</c> of an
/// <c>/api/analyze</c> answer), the <see cref="Technique"/>, and either a span (<see cref="Start"/>,
/// <see cref="Length"/>) or a paragraph label (<see cref="Paragraph"/>, 0-based); <see cref="Similar"/> passages from
/// the corpus, 0–10 (default 3; none when the server has no corpus). <see cref="Language"/> is the analysis'
/// <c>language.code</c>: an HTML page or URL may declare its language, which the analysis used when the text alone did
/// not tell; without it the text is read as pasted text and such a finding could not be found again.
/// </summary>
public sealed record ExplainRequest(
    [property: Description("The analysed text exactly as the analysis JSON gives it (its `text`), whatever was posted to /api/analyze (text, HTML or a URL). Required.")] string? Text,
    [property: Description("The article's title (optional; the analysis' `title`).")] string? Title,
    [property: Description("The technique label of the finding (GET /api/techniques). Required.")] string? Technique,
    [property: Description("A span finding: its start, a UTF-16 offset into text (with length).")] int? Start,
    [property: Description("A span finding: its length in UTF-16 code units (with start).")] int? Length,
    [property: Description("A paragraph label instead of a span: the paragraph's 0-based index.")] int? Paragraph,
    [property: Description("How many similar stored passages to list, 0 to 10 (default 3; none without a corpus).")] int? Similar,
    [property: Description("The analysis' language.code. Send it for an analysis of HTML or of a URL: the page's declared language decided the models when the text alone did not tell (und).")] string? Language = null);
