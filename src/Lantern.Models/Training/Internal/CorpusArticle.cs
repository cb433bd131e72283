using Lantern.Documents;
using Lantern.Reading;
using Lantern.Text;

namespace Lantern.Models.Training.Internal;

/// <summary>
/// One training article with whatever gold it has: genre and frames (subtask 1 and 2), paragraph
/// techniques by line and technique spans in UTF-16 offsets (subtask 3). Key is <c>lang/id</c>.
/// <paramref name="Offsets"/> is how this article's span file counts (BOM, LF or CRLF line ends): the
/// evaluation converts predictions back to file offsets the same way, so gold scores against itself as 1.
/// </summary>
internal sealed record CorpusArticle(
    string Key,
    string Language,
    string Text,
    IReadOnlyList<Paragraph> Paragraphs,
    string? Genre,
    IReadOnlyList<string>? Frames,
    IReadOnlyDictionary<int, IReadOnlyList<string>>? ParagraphTechniques,
    IReadOnlyList<(int Technique, TextSpan Span)>? Spans,
    SemEvalOffsets Offsets)
{
    public bool HasTechniques => ParagraphTechniques is not null && Spans is not null;
}
