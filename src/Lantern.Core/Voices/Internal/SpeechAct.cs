using Lantern.Text;

namespace Lantern.Voices.Internal;

/// <summary>An attribution of speech in one sentence: the cue ("X said"), the sentence it governs, the speaker when named.</summary>
internal sealed record SpeechAct(TextSpan Cue, TextSpan Sentence, string? Speaker);
