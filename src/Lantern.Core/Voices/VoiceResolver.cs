using System.Text.RegularExpressions;
using Lantern.Documents;
using Lantern.Structure.Internal;
using Lantern.Text;
using Lantern.Voices.Internal;

namespace Lantern.Voices;

/// <summary>
/// Says whose voice a span of one article is in, from the document's structure (quotes with their speakers,
/// attributions) plus reported speech with an unnamed or role speaker ("the minister said that …"):
/// <list type="number">
/// <item>mostly inside a quote: <see cref="VoiceKind.Quoted"/>, speaker from the quote, its sentence's attribution,
/// or for "he said" the last named speaker of the three sentences before;</item>
/// <item>in a sentence governed by an attribution (outside the attribution itself): <see cref="VoiceKind.Reported"/>;</item>
/// <item>otherwise the author's.</item>
/// </list>
/// Built once per document (<see cref="For"/>); immutable, so it may be shared.
/// </summary>
public sealed class VoiceResolver
{
    private static readonly HashSet<string> Relatives = new(["who", "which", "that", "qui", "que", "der", "die", "das", "che", "który", "która", "które", "кто", "который"], StringComparer.OrdinalIgnoreCase);
    private static readonly HashSet<string> LeadingNonSubjects = new(["and", "but", "or", "so", "then", "as", "et", "mais", "und", "aber", "e", "ma", "i", "ale", "и", "но"], StringComparer.OrdinalIgnoreCase);
    private static readonly HashSet<string> Determiners = new(["the", "a", "an", "le", "la", "les", "l'", "der", "die", "das", "il", "lo", "one"], StringComparer.OrdinalIgnoreCase);
    private static readonly HashSet<string> Pronouns = new(["he", "she", "they", "it", "we", "i", "you", "il", "elle", "ils", "er", "sie", "es", "lui", "lei", "on", "ona", "oni", "он", "она", "они", "this", "that", "nobody", "everyone", "no", "one"], StringComparer.OrdinalIgnoreCase);

    private readonly string text;
    private readonly IReadOnlyList<Sentence> sentences;
    private readonly List<StructureSpan> quotes;
    private readonly List<SpeechAct> acts;

    private VoiceResolver(string text, IReadOnlyList<Sentence> sentences, List<StructureSpan> quotes, List<SpeechAct> acts)
    {
        this.text = text;
        this.sentences = sentences;
        this.quotes = quotes;
        this.acts = acts;
    }

    /// <summary>The attributions of speech found (cue, governed sentence, speaker), in text order.</summary>
    internal IReadOnlyList<SpeechAct> Acts => acts;

    public static VoiceResolver For(ArticleDocument document)
    {
        ArgumentNullException.ThrowIfNull(document);
        var text = document.Text;
        var quotes = document.Structure.Where(s => s.Kind == StructureKind.Quote).OrderBy(s => s.Span.Start).ToList();
        var acts = new List<SpeechAct>();
        foreach (var attribution in document.Structure.Where(s => s.Kind == StructureKind.Attribution))
        {
            var sentence = SentenceAt(document.Sentences, attribution.Span.Start);
            if (sentence is not null && !SaysNothing(text, attribution.Span.End))
            {
                acts.Add(new SpeechAct(attribution.Span, sentence.Span, attribution.Detail));
            }
        }

        foreach (var sentence in document.Sentences)
        {
            foreach (var act in ReportedSpeech(text, sentence.Span, quotes))
            {
                if (!acts.Any(a => a.Cue.Overlaps(act.Cue)))
                {
                    acts.Add(act);
                }
            }
        }

        acts.Sort((a, b) => a.Cue.Start.CompareTo(b.Cue.Start));
        return new VoiceResolver(text, document.Sentences, quotes, acts);
    }

    /// <summary>The voice of <paramref name="span"/> (an offset range of the article text).</summary>
    public Voice Of(TextSpan span)
    {
        var quote = quotes.FirstOrDefault(q => MostlyInside(span, q.Span));
        if (quote is not null)
        {
            var speaker = quote.Detail ?? SpeakerOfSentenceAround(quote.Span);
            return new Voice(VoiceKind.Quoted, speaker, quote.Span);
        }

        var sentence = SentenceAt(sentences, span.Start);
        if (sentence is null)
        {
            return Voice.Author;
        }

        foreach (var act in acts)
        {
            if (act.Sentence == sentence.Span && !act.Cue.Overlaps(span))
            {
                return new Voice(VoiceKind.Reported, act.Speaker ?? Antecedent(sentence.Span.Start), act.Cue);
            }
        }

        return Voice.Author;
    }

    // The share of a span inside quotes and reported speech, for paragraph-level voice.
    internal static bool MostlyInside(TextSpan span, TextSpan quote)
    {
        if (span.IsEmpty)
        {
            return quote.Contains(span.Start);
        }

        var shared = span.Intersection(quote);
        return shared is { } s && s.Length * 2 >= span.Length;
    }

    private string? SpeakerOfSentenceAround(TextSpan quote)
    {
        var sentence = SentenceAt(sentences, quote.Start);
        foreach (var act in acts)
        {
            if (sentence is not null && (act.Sentence == sentence.Span || act.Sentence.Overlaps(quote)) && !quote.Contains(act.Cue))
            {
                return act.Speaker ?? Antecedent(act.Sentence.Start);
            }
        }

        return null;
    }

    // "…," he said: the last named speaker (or person name) in the three sentences before.
    private string? Antecedent(int position)
    {
        var index = -1;
        for (var i = 0; i < sentences.Count; i++)
        {
            if (sentences[i].Span.Contains(position))
            {
                index = i;
                break;
            }
        }

        for (var i = index - 1; i >= 0 && i >= index - 3; i--)
        {
            var before = sentences[i].Span;
            var named = acts.LastOrDefault(a => before.Contains(a.Cue) && a.Speaker is not null);
            if (named is not null)
            {
                return named.Speaker;
            }

            var name = PersonName(before.Of(text));
            if (name is not null)
            {
                return name;
            }
        }

        return null;
    }

    private static string? PersonName(string sentence)
    {
        var words = sentence.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        for (var i = 0; i < words.Length; i++)
        {
            for (var n = Math.Min(4, words.Length - i); n >= 2; n--)
            {
                var candidate = string.Join(' ', words.Skip(i).Take(n)).TrimEnd(',', '.', ':', ';', '!', '?');
                if (Names.IsPersonName(candidate))
                {
                    return candidate;
                }
            }
        }

        return null;
    }

    /// <summary>
    /// The matches found before the pattern's time-out, if it runs out: fewer reported-speech cues rather than an
    /// exception out of the analysis. The time-out can fire on every match, not only the first (NextMatch goes on
    /// matching), and on a CPU-starved machine as well as on pathological text.
    /// </summary>
    internal static List<Match> MatchesWithin(Regex regex, string slice)
    {
        var found = new List<Match>();
        try
        {
            for (var match = regex.Match(slice); match.Success; match = match.NextMatch())
            {
                found.Add(match);
            }
        }
        catch (RegexMatchTimeoutException)
        {
            // keep what was found
        }

        return found;
    }

    private static IEnumerable<SpeechAct> ReportedSpeech(string text, TextSpan sentence, List<StructureSpan> quotes)
    {
        var slice = sentence.Of(text);
        foreach (var match in MatchesWithin(ReportedSpeechPatterns.SubjectThenVerb(), slice))
        {
            var cue = new TextSpan(sentence.Start + match.Index, match.Length);
            if (quotes.Any(q => q.Span.Contains(cue)))
            {
                continue;
            }

            var speaker = Subject(match.Groups["subj"].Value);
            if (speaker is not null)
            {
                yield return new SpeechAct(cue, sentence, speaker.Length == 0 ? null : speaker);
            }
        }

        foreach (var m in MatchesWithin(ReportedSpeechPatterns.VerbThenRole(), slice))
        {
            var cue = new TextSpan(sentence.Start + m.Index, m.Length);
            if (!quotes.Any(q => q.Span.Contains(cue)) && FollowsQuoteOrComma(slice, m.Index))
            {
                var role = m.Groups["subj"].Value.Split(' ');
                var words = role.TakeWhile(w => !Relatives.Contains(w) && w is not ("in" or "at" or "on" or "of" or "for" or "with" or "and")).ToArray();
                yield return new SpeechAct(cue, sentence, words.Length == 0 ? null : string.Join(' ', words));
            }
        }
    }

    /// <summary>
    /// The speaker named by a subject phrase, "" for a pronoun (a speech act without a name), or null when the phrase
    /// is not a speaker at all ("Those who", "The minister's").
    /// </summary>
    private static string? Subject(string phrase)
    {
        var words = phrase.Split(' ', StringSplitOptions.RemoveEmptyEntries).ToList();
        while (words.Count > 0 && LeadingNonSubjects.Contains(words[0]))
        {
            words.RemoveAt(0);
        }

        if (words.Count == 0 || Relatives.Contains(words[^1]) || words[^1].EndsWith("'s", StringComparison.Ordinal) || words[^1].EndsWith("’s", StringComparison.Ordinal))
        {
            return null;
        }

        if (words.Count == 1 && Pronouns.Contains(words[0]))
        {
            return words[0].ToLowerInvariant() is "he" or "she" or "they" or "il" or "elle" or "er" or "sie" or "lui" or "lei" or "он" or "она" or "они" ? string.Empty : null;
        }

        while (words.Count > 1 && Determiners.Contains(words[0]))
        {
            words.RemoveAt(0);
        }

        // A sentence-initial capital on a role word is not a name: "Officials", "Police" stay as they are.
        return string.Join(' ', words);
    }

    private static bool FollowsQuoteOrComma(string slice, int index)
    {
        var i = index - 1;
        while (i >= 0 && char.IsWhiteSpace(slice[i]))
        {
            i--;
        }

        return i >= 0 && slice[i] is ',' or '"' or '”' or '“' or '»' or '«' or '’';
    }

    private static bool SaysNothing(string text, int end)
    {
        var rest = text.AsSpan(end, Math.Min(12, text.Length - end)).TrimStart();
        return rest.StartsWith("nothing", StringComparison.Ordinal) || rest.StartsWith("little", StringComparison.Ordinal) || rest.StartsWith("no ", StringComparison.Ordinal);
    }

    private static Sentence? SentenceAt(IReadOnlyList<Sentence> sentences, int position)
    {
        int lo = 0, hi = sentences.Count - 1;
        while (lo <= hi)
        {
            var mid = (lo + hi) / 2;
            var s = sentences[mid].Span;
            if (position < s.Start)
            {
                hi = mid - 1;
            }
            else if (position >= s.End)
            {
                lo = mid + 1;
            }
            else
            {
                return sentences[mid];
            }
        }

        return null;
    }
}
