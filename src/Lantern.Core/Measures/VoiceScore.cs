namespace Lantern.Measures;

/// <summary>
/// How <see cref="Lantern.Voices.VoiceResolver"/> does on a fixed set of labelled passages: accuracy of the voice
/// (author, quoted, reported), accuracy of the speaker (case-insensitive, leading article ignored; "no speaker"
/// must be predicted as none) on the passages whose voice is not the author's, and every passage it got wrong.
/// </summary>
public sealed record VoiceScore(
    int Passages,
    double VoiceAccuracy,
    IReadOnlyList<ClassPrecisionRecall> PerVoice,
    int SpeakerPassages,
    double SpeakerAccuracy,
    IReadOnlyList<string> Errors);
