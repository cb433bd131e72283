using Lantern.Documents;
using Lantern.Voices;

namespace Lantern.Analysis.Internal;

/// <summary>The voice of each paragraph from the voices of its sentences, weighted by their length.</summary>
internal static class ParagraphVoices
{
    public static ParagraphVoice Of(ArticleDocument document, Paragraph paragraph, VoiceResolver voices)
    {
        double author = 0, quoted = 0, reported = 0;
        var speakers = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (var sentence in document.Sentences)
        {
            if (sentence.ParagraphIndex != paragraph.Index)
            {
                continue;
            }

            var voice = voices.Of(sentence.Span);
            var length = sentence.Span.Length;
            switch (voice.Kind)
            {
                case VoiceKind.Quoted:
                    quoted += length;
                    break;
                case VoiceKind.Reported:
                    reported += length;
                    break;
                default:
                    author += length;
                    break;
            }

            if (voice.Speaker is { } s)
            {
                speakers[s] = speakers.GetValueOrDefault(s) + length;
            }
        }

        var total = author + quoted + reported;
        if (total == 0)
        {
            return ParagraphVoice.Author;
        }

        var kind = author >= quoted && author >= reported ? VoiceKind.Author : quoted >= reported ? VoiceKind.Quoted : VoiceKind.Reported;
        var speaker = kind == VoiceKind.Author || speakers.Count == 0 ? null : speakers.MaxBy(p => p.Value).Key;
        return new ParagraphVoice(kind, speaker, Math.Round(quoted / total, 3), Math.Round(reported / total, 3));
    }
}
