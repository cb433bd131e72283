using System.Text.Json.Serialization;

namespace Lantern.Voices;

/// <summary>Whose words a passage is: the author's, a direct quotation, or speech the author reports.</summary>
[JsonConverter(typeof(JsonStringEnumConverter<VoiceKind>))]
public enum VoiceKind
{
    /// <summary>The author's own voice.</summary>
    [JsonStringEnumMemberName("author")]
    Author,

    /// <summary>Inside quotation marks: someone else's words, verbatim.</summary>
    [JsonStringEnumMemberName("quoted")]
    Quoted,

    /// <summary>Reported speech ("X said that …", "according to X, …"): someone else's claim in the author's words.</summary>
    [JsonStringEnumMemberName("reported")]
    Reported,
}
