using System.Text.Json.Serialization;
using Lantern.Text;
using Lantern.Voices;

namespace Lantern.Actions;

/// <summary>
/// One sentence that calls on someone to act. <see cref="Start"/>/<see cref="Length"/> are the sentence's offsets
/// in the article text and <see cref="Text"/> is exactly that range. <see cref="Addressee"/> and <see cref="Target"/>
/// are what the text says (null when it does not); <see cref="Voice"/> says whether the author makes the call or
/// reports or quotes someone who does.
/// </summary>
public sealed record CallToAction(
    ActionClass Class,
    int Start,
    int Length,
    string Text,
    IReadOnlyList<ActionCue> Cues,
    string? Addressee,
    string? Target,
    Voice Voice)
{
    [JsonIgnore]
    public TextSpan Span => new(Start, Length);
}
