using Lantern.Voices;

namespace Lantern.Analysis;

/// <summary>
/// The voice of a paragraph: <see cref="Kind"/> is the voice of most of its sentences (by characters), with the
/// speaker named most often; <see cref="QuotedShare"/> and <see cref="ReportedShare"/> are the fractions of its
/// sentence text in quotes and in reported speech.
/// </summary>
public sealed record ParagraphVoice(VoiceKind Kind, string? Speaker, double QuotedShare, double ReportedShare)
{
    public static ParagraphVoice Author { get; } = new(VoiceKind.Author, null, 0, 0);
}
