using System.Text.RegularExpressions;
using Lantern.Documents;
using Lantern.Structure.Internal;
using Lantern.Text;

namespace Lantern.Structure;

/// <summary>
/// Quoted passages (marks included) and attributed speech, paragraph by paragraph. An attribution is
/// "said X" after a quote or comma, "X said / told reporters / added / noted / warned / claimed / wrote",
/// "according to X", and the same in French, German, Italian, Polish, Russian and Spanish where cheap
/// ("a déclaré", "sagte", "ha detto", "powiedział", "заявил", "dijo"). X becomes a Speaker span when it
/// is a name (not a pronoun); the attribution's detail is the name. A quote right next to an attribution,
/// or sharing a sentence with it, gets the speaker's name as its detail.
/// </summary>
public sealed class QuoteDetector : IStructureDetector
{
    public static QuoteDetector Instance { get; } = new();

    public IEnumerable<StructureSpan> Detect(StructureContext context, CancellationToken cancellationToken)
    {
        var text = context.Text;
        var result = new List<StructureSpan>();
        foreach (var paragraph in context.Paragraphs)
        {
            cancellationToken.ThrowIfCancellationRequested();
            var quotes = QuoteScanner.Scan(text, paragraph.Span);
            var attributions = Attributions(text, paragraph.Span, quotes);
            foreach (var a in attributions)
            {
                result.Add(new StructureSpan(StructureKind.Attribution, a.Span, a.Name));
                if (a.Speaker is { } speaker)
                {
                    result.Add(new StructureSpan(StructureKind.Speaker, speaker));
                }
            }

            foreach (var q in quotes)
            {
                var by = Attribute(text, q, attributions, context.Sentences);
                result.Add(new StructureSpan(StructureKind.Quote, q, by?.Name));
            }
        }

        return result;
    }

    private static List<Found> Attributions(string text, TextSpan paragraph, List<TextSpan> quotes)
    {
        var slice = paragraph.Of(text);
        var found = new List<Found>();

        void Take(Regex regex, Func<Match, bool> accept)
        {
            Match match;
            try
            {
                match = regex.Match(slice);
            }
            catch (RegexMatchTimeoutException)
            {
                return; // pathological input: no attributions rather than a hang
            }

            for (; match.Success; match = match.NextMatch())
            {
                var att = match.Groups["att"];
                var span = new TextSpan(paragraph.Start + att.Index, att.Length);
                if (!accept(match) || quotes.Any(q => q.Contains(span)) || found.Any(f => f.Span.Overlaps(span)))
                {
                    continue;
                }

                var name = match.Groups["name"];
                if (!name.Success)
                {
                    found.Add(new Found(span, null, null));
                    continue;
                }

                var speaker = TrimName(text, new TextSpan(paragraph.Start + name.Index, name.Length));
                if (speaker is null)
                {
                    // "The minister said": no name left; keep the attribution only when the verb comes last
                    if (regex == SpeechPatterns.SpeakerThenVerb() && IsPronounLike(name.Value))
                    {
                        found.Add(new Found(span, null, null));
                    }

                    continue;
                }

                var attribution = regex == SpeechPatterns.SpeakerThenVerb() ? TextSpan.FromBounds(speaker.Value.Start, span.End) : span;
                found.Add(new Found(attribution, speaker, speaker.Value.Of(text)));
            }
        }

        Take(SpeechPatterns.AccordingTo(), _ => true);
        Take(SpeechPatterns.VerbThenSpeaker(), m => FollowsQuoteOrComma(slice, m.Groups["att"].Index));
        Take(SpeechPatterns.FrenchInversion(), m => FollowsQuoteOrComma(slice, m.Groups["att"].Index));
        Take(SpeechPatterns.SpeakerThenVerb(), _ => true);
        found.Sort((a, b) => a.Span.Start.CompareTo(b.Span.Start));
        return found;
    }

    // Drops leading words that are not names ("The", "On Monday") and trailing ones ("Monday").
    private static TextSpan? TrimName(string text, TextSpan name)
    {
        var value = name.Of(text);
        var words = value.Split(' ');
        var first = 0;
        while (first < words.Length && (Names.NotNames.Contains(words[first]) || Names.Particles.Contains(words[first])))
        {
            first++;
        }

        var last = words.Length - 1;
        while (last >= first && (Names.NotNames.Contains(words[last]) || Names.Particles.Contains(words[last])))
        {
            last--;
        }

        // "I've said", "Israel's ... said": contractions and possessives are not speakers
        if (first > last || words[first].Contains("'v", StringComparison.Ordinal) || words[first].Contains("’v", StringComparison.Ordinal)
            || words[last].EndsWith("'s", StringComparison.Ordinal) || words[last].EndsWith("’s", StringComparison.Ordinal))
        {
            return null;
        }

        var start = name.Start + words.Take(first).Sum(w => w.Length + 1);
        var end = name.Start + words.Take(last + 1).Sum(w => w.Length + 1) - 1;
        return TextSpan.FromBounds(start, end);
    }

    private static bool IsPronounLike(string value) => value is "He" or "She" or "They" or "Il" or "Elle" or "Er" or "Sie" or "Lui" or "Lei" or "Он" or "Она" or "Они" or "Él" or "Ella";

    private static bool FollowsQuoteOrComma(string slice, int index)
    {
        var i = index - 1;
        while (i >= 0 && char.IsWhiteSpace(slice[i]))
        {
            i--;
        }

        return i >= 0 && slice[i] is ',' or '"' or '”' or '“' or '»' or '«' or '’' or '—' or '–' or '(';
    }

    private static Found? Attribute(string text, TextSpan quote, List<Found> attributions, IReadOnlyList<Sentence> sentences)
    {
        Found? best = null;
        var bestRank = int.MaxValue;
        foreach (var a in attributions)
        {
            int rank;
            if (a.Span.Start >= quote.End && IsGlue(text, quote.End, a.Span.Start))
            {
                rank = 0; // "…," said X
            }
            else if (a.Span.End <= quote.Start && IsGlue(text, a.Span.End, quote.Start))
            {
                rank = 1; // X said: "…"
            }
            else if (sentences.Any(s => s.Span.Overlaps(quote) && s.Span.Overlaps(a.Span)))
            {
                rank = 2 + Math.Min(Math.Abs(a.Span.Start - quote.End), Math.Abs(quote.Start - a.Span.End));
            }
            else
            {
                continue;
            }

            if (rank < bestRank)
            {
                best = a;
                bestRank = rank;
            }
        }

        return best;
    }

    private static bool IsGlue(string text, int start, int end)
    {
        for (var i = start; i < end; i++)
        {
            if (!char.IsWhiteSpace(text[i]) && text[i] is not (',' or ':' or ';' or '.' or '—' or '–' or '-'))
            {
                return false;
            }
        }

        return true;
    }

    private sealed record Found(TextSpan Span, TextSpan? Speaker, string? Name);
}
