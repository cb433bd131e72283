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
        var sentencesOf = context.Sentences.ToLookup(s => s.ParagraphIndex);
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

            var paragraphSentences = sentencesOf[paragraph.Index].ToList();
            foreach (var q in quotes)
            {
                var by = Attribute(text, q, attributions, paragraphSentences);
                result.Add(new StructureSpan(StructureKind.Quote, q, by?.Name));
            }
        }

        return result;
    }

    private static List<Found> Attributions(string text, TextSpan paragraph, List<TextSpan> quotes)
    {
        var slice = paragraph.Of(text);
        var found = new List<Found>();
        var taken = new bool[paragraph.Length];

        bool Taken(TextSpan span)
        {
            for (var i = span.Start; i < span.End; i++)
            {
                if (taken[i - paragraph.Start])
                {
                    return true;
                }
            }

            return false;
        }

        void Add(Found f)
        {
            for (var i = f.Span.Start; i < f.Span.End; i++)
            {
                taken[i - paragraph.Start] = true;
            }

            found.Add(f);
        }

        void Take(Regex regex, Func<Match, bool> accept)
        {
            try
            {
                for (var match = regex.Match(slice); match.Success; match = match.NextMatch())
                {
                    Accept(regex, match, accept);
                }
            }
            catch (RegexMatchTimeoutException)
            {
                // pathological input: fewer attributions rather than a hang
            }
        }

        void Accept(Regex regex, Match match, Func<Match, bool> accept)
        {
            var att = match.Groups["att"];
            var span = new TextSpan(paragraph.Start + att.Index, att.Length);
            if (!accept(match) || InsideQuote(quotes, span) || Taken(span))
            {
                return;
            }

            var name = match.Groups["name"];
            if (!name.Success)
            {
                Add(new Found(span, null, null));
                return;
            }

            var speaker = TrimName(text, new TextSpan(paragraph.Start + name.Index, name.Length));
            if (speaker is null)
            {
                // "The minister said": no name left; keep the attribution only for a pronoun
                if (regex == SpeechPatterns.SpeakerThenVerb() && IsPronounLike(name.Value))
                {
                    Add(new Found(span, null, null));
                }

                return;
            }

            var attribution = regex == SpeechPatterns.SpeakerThenVerb() ? TextSpan.FromBounds(speaker.Value.Start, span.End) : span;
            Add(new Found(attribution, speaker, speaker.Value.Of(text)));
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

    // Candidates are the attribution right after the quote, the one right before it, and those in the
    // sentences the quote touches; found by binary search, since long paragraphs may hold thousands.
    private static Found? Attribute(string text, TextSpan quote, List<Found> attributions, List<Sentence> sentences)
    {
        Found? best = null;
        var bestRank = int.MaxValue;

        void Consider(Found a, int rank)
        {
            if (rank < bestRank)
            {
                best = a;
                bestRank = rank;
            }
        }

        var after = LowerBound(attributions, quote.End);
        if (after < attributions.Count && IsGlue(text, quote.End, attributions[after].Span.Start))
        {
            Consider(attributions[after], 0); // "…," said X
        }

        var before = LowerBound(attributions, quote.Start) - 1;
        if (before >= 0 && attributions[before].Span.End <= quote.Start && IsGlue(text, attributions[before].Span.End, quote.Start))
        {
            Consider(attributions[before], 1); // X said: "…"
        }

        int lo = 0, hi = sentences.Count;
        while (lo < hi)
        {
            var mid = (lo + hi) / 2;
            if (sentences[mid].Span.End <= quote.Start)
            {
                lo = mid + 1;
            }
            else
            {
                hi = mid;
            }
        }

        var last = lo;
        while (last + 1 < sentences.Count && sentences[last + 1].Span.Start < quote.End)
        {
            last++;
        }

        if (lo < sentences.Count && sentences[lo].Span.Start < quote.End)
        {
            var range = TextSpan.FromBounds(sentences[lo].Span.Start, sentences[last].Span.End);
            for (var i = LowerBound(attributions, range.Start); i < attributions.Count && attributions[i].Span.Start < range.End; i++)
            {
                var a = attributions[i];
                if (!a.Span.Overlaps(quote))
                {
                    Consider(a, 2 + Math.Min(Math.Abs(a.Span.Start - quote.End), Math.Abs(quote.Start - a.Span.End)));
                }
            }
        }

        return best;
    }

    // First attribution starting at or after position (attributions are sorted and do not overlap).
    private static int LowerBound(List<Found> attributions, int position)
    {
        int lo = 0, hi = attributions.Count;
        while (lo < hi)
        {
            var mid = (lo + hi) / 2;
            if (attributions[mid].Span.Start < position)
            {
                lo = mid + 1;
            }
            else
            {
                hi = mid;
            }
        }

        return lo;
    }

    private static bool InsideQuote(List<TextSpan> quotes, TextSpan span)
    {
        int lo = 0, hi = quotes.Count;
        while (lo < hi)
        {
            var mid = (lo + hi) / 2;
            if (quotes[mid].End <= span.Start)
            {
                lo = mid + 1;
            }
            else
            {
                hi = mid;
            }
        }

        return lo < quotes.Count && quotes[lo].Contains(span);
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
