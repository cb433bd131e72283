using System.Text.Json.Serialization;
using Lantern.Text;

namespace Lantern.Voices;

/// <summary>
/// Who speaks a passage. <see cref="Speaker"/> is the name (or role: "minister") the article gives, null
/// when it gives none; <see cref="Source"/> is the quote or attribution that decided it (null for the author).
/// </summary>
public sealed record Voice(VoiceKind Kind, string? Speaker = null, [property: JsonIgnore] TextSpan? Source = null)
{
    public static Voice Author { get; } = new(VoiceKind.Author);

    /// <summary>Start of <see cref="Source"/> (UTF-16 offset into the article text), for JSON.</summary>
    public int? SourceStart => Source?.Start;

    /// <summary>Length of <see cref="Source"/>, for JSON.</summary>
    public int? SourceLength => Source?.Length;

    /// <summary>"author", "quoted" or "reported": the name used in JSON, text and filters.</summary>
    [JsonIgnore]
    public string Name => Kind switch
    {
        VoiceKind.Quoted => "quoted",
        VoiceKind.Reported => "reported",
        _ => "author",
    };

    /// <summary>True for quoted and reported speech: the words are someone else's.</summary>
    [JsonIgnore]
    public bool IsOthers => Kind != VoiceKind.Author;
}
