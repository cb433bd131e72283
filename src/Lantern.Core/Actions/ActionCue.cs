using System.Text.Json.Serialization;
using Lantern.Text;

namespace Lantern.Actions;

/// <summary>A cue word or phrase of a call to action, at its exact offsets in the article text.</summary>
public sealed record ActionCue(CueRole Role, int Start, int Length, string Text)
{
    [JsonIgnore]
    public TextSpan Span => new(Start, Length);
}
