using System.Text.Json.Serialization;

namespace Lantern.Actions;

/// <summary>What a cue word contributed to a call to action.</summary>
[JsonConverter(typeof(JsonStringEnumConverter<CueRole>))]
public enum CueRole
{
    /// <summary>The exhortation: an imperative, "we must", "let us", "it is time to", "I urge you to".</summary>
    [JsonStringEnumMemberName("exhortation")]
    Exhortation,

    /// <summary>The action asked for ("vote", "boycott", "take up arms"); its lexicon gives the class.</summary>
    [JsonStringEnumMemberName("action")]
    Action,

    /// <summary>What lowered the class: a figurative object ("fight inflation", "kill the bill") or "peacefully".</summary>
    [JsonStringEnumMemberName("softener")]
    Softener,
}
