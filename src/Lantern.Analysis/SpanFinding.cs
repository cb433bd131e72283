using System.Text.Json.Serialization;
using Lantern.Text;
using Lantern.Voices;

namespace Lantern.Analysis;

/// <summary>
/// A technique on an exact range of the article text. <see cref="Text"/> is always
/// <c>Span.Of(article.Text)</c>: the offsets are UTF-16 indices into the text exactly as read.
/// </summary>
public sealed record SpanFinding(string Technique, int Start, int Length, string Text, double Score)
{
    [JsonIgnore]
    public TextSpan Span => new(Start, Length);

    /// <summary>Whose words the span is in: the author's, or a quote or reported speech (with the speaker when named).</summary>
    public Voice Voice { get; init; } = Voice.Author;
}
