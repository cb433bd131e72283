using System.Text.RegularExpressions;
using Lantern.Actions.Internal;
using Lantern.Documents;
using Lantern.Text;
using Lantern.Voices;

namespace Lantern.Actions;

/// <summary>
/// Finds calls to action sentence by sentence: an exhortation (an imperative at the start of a clause, "we must",
/// "need to", "let us", "it is time to", "I urge you to", "the only answer is", and their French, German, Italian,
/// Polish and Russian counterparts) followed by an action from the lexicon, which gives the class (civic, hostile,
/// violent). A violent or hostile verb whose object is figurative ("fight inflation", "kill the bill", "war on
/// poverty") or that is done "peacefully" counts as civic. Past tense ("rose up", "had to fight", "should have")
/// is never an exhortation. Each call carries the voice of its exhortation (<see cref="VoiceResolver"/>): the
/// article-level flag counts only the author's own calls. Stateless and thread-safe.
/// </summary>
public sealed partial class CallToActionDetector
{
    private static readonly (string[] Words, ActionClass Class, bool Imperative)[] Phrases = BuildPhrases();

    public static CallToActionDetector Instance { get; } = new();

    public CallToActionReport Detect(ArticleDocument document, VoiceResolver? voices = null, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(document);
        voices ??= VoiceResolver.For(document);
        var text = document.Text;
        var calls = new List<CallToAction>();
        foreach (var sentence in document.Sentences)
        {
            cancellationToken.ThrowIfCancellationRequested();
            if (Detect(text, sentence.Span) is { } found)
            {
                var exhortation = found.Cues.First(c => c.Role == CueRole.Exhortation).Span;
                calls.Add(found with { Voice = voices.Of(exhortation) });
            }
        }

        var authors = calls.Where(c => !c.Voice.IsOthers).ToList();
        ActionClass? flag = authors.Count == 0 ? null : authors.Max(c => c.Class);
        return new CallToActionReport(flag, calls);
    }

    /// <summary>The call in one sentence (voice not yet resolved: author), or null.</summary>
    internal static CallToAction? Detect(string text, TextSpan sentence)
    {
        var tokens = Tokenize(text, sentence);
        var cues = new List<(int First, int Last, int WindowStart, string? Addressee, int? SubjectFirst, int? SubjectLast)>();
        for (var i = 0; i < tokens.Count; i++)
        {
            if (tokens[i].IsWord && Exhortation(tokens, i) is { } cue)
            {
                cues.Add(cue);
                i = Math.Max(i, cue.Last);
            }
        }

        if (cues.Count == 0)
        {
            return null;
        }

        var found = new List<ActionCue>();
        ActionClass? best = null;
        string? addressee = null;
        string? target = null;
        foreach (var cue in cues)
        {
            var matches = Actions(tokens, cue.WindowStart, cue.SubjectFirst, cue.SubjectLast);
            if (matches.Count == 0)
            {
                continue;
            }

            if (cue.First < cue.WindowStart)
            {
                found.Add(Cue(text, tokens, CueRole.Exhortation, cue.First, cue.WindowStart - 1));
            }
            else
            {
                found.Add(Cue(text, tokens, CueRole.Exhortation, cue.First, cue.First));
            }

            addressee ??= cue.Addressee;
            foreach (var m in matches)
            {
                found.Add(Cue(text, tokens, CueRole.Action, m.First, m.Last));
                if (m.Softener is { } s)
                {
                    found.Add(Cue(text, tokens, CueRole.Softener, s, s));
                }

                var matchTarget = m.TargetFirst is { } tf && m.TargetLast is { } tl ? TextSpan.FromBounds(tokens[tf].Span.Start, tokens[tl].Span.End).Of(text) : null;
                if (best is null || m.Class > best || (m.Class == best && target is null))
                {
                    best = m.Class;
                    target = matchTarget;
                }
            }
        }

        if (best is not { } cls)
        {
            return null;
        }

        var cuesInOrder = found.Distinct().OrderBy(c => c.Start).ThenBy(c => c.Role).ToList();
        return new CallToAction(cls, sentence.Start, sentence.Length, sentence.Of(text), cuesInOrder, addressee, target, Voice.Author);
    }

    private static ActionCue Cue(string text, List<Token> tokens, CueRole role, int first, int last)
    {
        var span = TextSpan.FromBounds(tokens[first].Span.Start, tokens[last].Span.End);
        return new ActionCue(role, span.Start, span.Length, span.Of(text));
    }

    // An exhortation starting at token i: its tokens, where its action window starts, its addressee, and for a
    // passive ("they must be deported") the subject that is the target.
    private static (int First, int Last, int WindowStart, string? Addressee, int? SubjectFirst, int? SubjectLast)? Exhortation(List<Token> tokens, int i)
    {
        var w = tokens[i].Lower;
        var clauseStart = ClauseStart(tokens, i);

        // "must", "need to", "il faut", "wir müssen", "dobbiamo", "musimy", "мы должны", "давайте"
        if (ActionLexicon.Modals.TryGetValue(w, out var needsTo))
        {
            var j = i + 1;
            if (needsTo)
            {
                if (Word(tokens, j) != "to" || (w is "need" or "needs" && Word(tokens, i - 1) is "the" or "no" or "a" or "is" or "of"))
                {
                    return null;
                }

                j++;
            }

            // "the governor will need to sign": a prediction, not an exhortation
            if (Word(tokens, i - 1) is "will" or "would" or "'ll" or "’ll" or "might" or "may")
            {
                return null;
            }

            if (w == "faut" && Word(tokens, i - 1) != "il")
            {
                return null;
            }

            if (w == "got" && Word(tokens, i - 1) is not ("have" or "'ve" or "we" or "you"))
            {
                return null;
            }

            while (j < tokens.Count && ActionLexicon.ModalAdverbs.Contains(tokens[j].Lower))
            {
                j++;
            }

            // past and counterfactual ("should have voted", "must have known") and negation are not exhortations
            if (Word(tokens, j) is "have" or "not" or "never" or "n't" or "pas" or "nicht" or "non" or "nie" or "не" || tokens[i].Lower.EndsWith("n't", StringComparison.Ordinal))
            {
                return null;
            }

            var subject = Subject(tokens, clauseStart, i);

            // "a debate over whether immigrants should be deported", "how we should vote": a question, not a call
            if (subject is null && i > clauseStart + 8)
            {
                return null;
            }

            if (subject is { } q && Enumerable.Range(q.First, q.Last - q.First + 1).Any(k => tokens[k].Lower is "whether" or "if" or "how" or "why" or "what" or "when" or "where" or "ob" or "si"))
            {
                return null;
            }

            if (subject is { } s && tokens[s.First].Lower is "i" or "je" or "ich" or "io" or "ja" or "я" && s.First == s.Last)
            {
                return null;
            }

            // "it must be said", "this should be …": an impersonal or referring subject is a comment, not a call
            if (subject is { } r && r.First == r.Last && tokens[r.First].Lower is "it" or "this" or "that" or "there" or "which" or "what")
            {
                return null;
            }

            var addressee = subject is { } a ? Phrase(tokens, a.First, a.Last) : null;
            return (i, j - 1, j, addressee, subject?.First, subject?.Last);
        }

        // "let us", "let's", "lasst uns"
        // "let's talk about…", "let us be clear": the writer's discourse, not a call
        if ((w == "let" && Word(tokens, i + 1) == "us") || (w == "lasst" && Word(tokens, i + 1) == "uns"))
        {
            return IsDiscourse(Word(tokens, i + 2)) ? null : (i, i + 1, i + 2, tokens[i + 1].Lower, null, null);
        }

        if (w is "let's" or "let’s")
        {
            return IsDiscourse(Word(tokens, i + 1)) ? null : (i, i, i + 1, "us", null, null);
        }

        // "it is time (for X) to", "now is the time to", "time to act", "il est temps de", "è ora di", "pora", "czas"
        if (ActionLexicon.TimeWords.Contains(w) && TimeCue(tokens, i, clauseStart) is { } time)
        {
            return time;
        }

        // "I urge you to", "we call on citizens to", "I appeal to every reader to"
        if (w is "urge" or "implore" or "beg" or "ask" or "call" or "appeal" && Word(tokens, i - 1) is "i" or "we")
        {
            var first = i + 1;
            if (Word(tokens, first) is "on" or "upon" or "to")
            {
                first++;
            }

            for (var k = first; k < Math.Min(tokens.Count, first + 7); k++)
            {
                if (tokens[k].Lower == "to" && k > first)
                {
                    return (i - 1, k, k + 1, Phrase(tokens, first, k - 1), null, null);
                }
            }

            return null;
        }

        // "the only answer (left) is …"
        if (w == "only" && Word(tokens, i - 1) == "the" && Word(tokens, i + 1) is "answer" or "way" or "solution" or "option" or "choice" or "language" or "path" or "remedy")
        {
            for (var k = i + 2; k < Math.Min(tokens.Count, i + 6); k++)
            {
                if (tokens[k].Lower is "is" or ":")
                {
                    return (i - 1, k, k + 1, Vocative(tokens, clauseStart, i - 1), null, null);
                }
            }

            return null;
        }

        // an imperative at the start of a clause, after an optional vocative ("Citizens, vote them out")
        if (((i == clauseStart || IsAfterOpener(tokens, clauseStart, i)) && OpensImperative(tokens, clauseStart)) || IsAfterVocative(tokens, clauseStart, i))
        {
            if (Imperative(tokens, i))
            {
                return (i, i, i, Vocative(tokens, clauseStart, i), null, null);
            }
        }

        return null;
    }

    private static (int First, int Last, int WindowStart, string? Addressee, int? SubjectFirst, int? SubjectLast)? TimeCue(List<Token> tokens, int i, int clauseStart)
    {
        var w = tokens[i].Lower;
        var next = Word(tokens, i + 1);
        var first = i;
        if (w == "time")
        {
            var before = Word(tokens, i - 1);
            var before2 = Word(tokens, i - 2);
            var isCue = before is "it's" or "it’s" or "high" || (before == "is" && before2 == "it") || (before == "the" && before2 == "is") || i == clauseStart;
            if (!isCue)
            {
                return null;
            }

            first = before is "it's" or "it’s" ? i - 1 : before == "is" && before2 == "it" ? i - 2 : before == "the" ? i - 3 >= 0 ? i - 3 : i : i;
            first = Math.Max(first, clauseStart);
            if (next == "to")
            {
                return (first, i + 1, i + 2, null, null, null);
            }

            if (next == "for")
            {
                for (var k = i + 2; k < Math.Min(tokens.Count, i + 8); k++)
                {
                    if (tokens[k].Lower == "to")
                    {
                        return (first, k, k + 1, Phrase(tokens, i + 2, k - 1), null, null);
                    }
                }
            }

            return null;
        }

        if (w is "temps" or "tempo" or "ora" && next is "de" or "d'" or "d’" or "di")
        {
            return (Math.Max(clauseStart, i - 2), i + 1, i + 2, null, null, null);
        }

        if (w == "zeit" && Word(tokens, i - 1) == "ist")
        {
            return (Math.Max(clauseStart, i - 2), i, i + 1, null, null, null);
        }

        if (w is "czas" or "pora" or "пора" && i == clauseStart)
        {
            return (i, i, i + 1, null, null, null);
        }

        return null;
    }

    private static bool Imperative(List<Token> tokens, int i)
    {
        foreach (var (words, _, imperative) in Phrases)
        {
            if (imperative && words[0] == tokens[i].Lower && Matches(tokens, i, words) is not null)
            {
                if (!IsEnglish(words[0]))
                {
                    return true;
                }

                // English base forms are nouns too: "Vote counts were delayed", "Fight scenes were shot"
                var after = i + 1 < tokens.Count ? tokens[i + 1] : default;
                return i + 1 >= tokens.Count || !after.IsWord || ActionLexicon.AfterImperative.Contains(after.Lower) || after.IsCapitalised
                    || words.Length > 1;
            }
        }

        return false;
    }

    // An imperative starts a sentence, follows ':', ';', a dash or an opening quote, or continues a series of
    // imperatives after a comma ("Never hire them, never serve them, boycott them"); a comma alone is not enough
    // ("…wish to dismantle the Chapel, destroy the flame", "assault, kidnapping, assault").
    private static bool OpensImperative(List<Token> tokens, int clauseStart)
    {
        if (clauseStart == 0)
        {
            return true;
        }

        var before = tokens[clauseStart - 1].Lower;
        if (before is ":" or ";" or "—" or "–" or "(" or "!" or "?" or ".")
        {
            return true;
        }

        if (before is "\"" or "“" or "„" or "«" or "»" or "‘")
        {
            return clauseStart == 1 || tokens[clauseStart - 2].Lower is ":" or ";" or "—" or "–" or "(" or "," or "-";
        }

        if (before != ",")
        {
            return false;
        }

        var major = clauseStart - 1;
        while (major > 0 && tokens[major - 1].Lower is not (":" or ";" or "—" or "–" or "\"" or "“" or "„" or "«"))
        {
            major--;
        }

        return major < clauseStart - 1 && tokens[major].IsWord && (tokens[major].Lower is "never" or "don't" or "don’t" or "do" or "please" || Imperative(tokens, major));
    }

    // "Please write to…", "Go and vote", "Now join us": a politeness word or "go and" before the imperative.
    private static bool IsAfterOpener(List<Token> tokens, int clauseStart, int i)
    {
        var k = clauseStart;
        while (k < i && (tokens[k].Lower is "please" or "now" or "so" or "go" or "come" || (tokens[k].Lower == "and" && Word(tokens, k - 1) is "go" or "come")))
        {
            k++;
        }

        return k == i && i > clauseStart;
    }

    private static bool IsAfterVocative(List<Token> tokens, int clauseStart, int i) =>
        Vocative(tokens, clauseStart, i) is not null;

    // "Citizens, …", "Patriots, …", "Men of this valley, …": one to four words and a comma before token i.
    private static string? Vocative(List<Token> tokens, int clauseStart, int i)
    {
        var start = clauseStart;
        if (start > 0 && tokens[start - 1].Lower == ",")
        {
            // the clause start after a comma: the vocative is the clause before it
            var k = start - 2;
            while (k >= 0 && tokens[k].IsWord)
            {
                k--;
            }

            var first = k + 1;
            var last = start - 2;
            if (last >= first && last - first <= 3 && i == start && (first == 0 || !tokens[first - 1].IsWord) && !ActionLexicon.NotVocatives.Contains(tokens[first].Lower)
                && tokens[first].IsCapitalised && !tokens.Take(first).Any(t => t.IsWord))
            {
                return Phrase(tokens, first, last);
            }
        }

        return null;
    }

    private static List<ActionMatch> Actions(List<Token> tokens, int windowStart, int? subjectFirst, int? subjectLast)
    {
        var result = new List<ActionMatch>();
        var end = windowStart;
        while (end < tokens.Count && end < windowStart + 16 && !ActionLexicon.WindowEnds.Contains(tokens[end].Lower) && tokens[end].Lower is not ("." or "!" or "?" or ";"))
        {
            end++;
        }

        var softened = Enumerable.Range(windowStart, Math.Max(0, end - windowStart)).FirstOrDefault(k => ActionLexicon.Softeners.Contains(tokens[k].Lower), -1);

        // passive: "they must be deported", "they should all be shot"
        if (Word(tokens, windowStart) == "be" && windowStart + 1 < end && ActionLexicon.Passives.TryGetValue(tokens[windowStart + 1].Lower, out var passive))
        {
            var cls = softened >= 0 ? ActionClass.Civic : passive;
            result.Add(new ActionMatch(windowStart, windowStart + 1, cls, softened >= 0 ? softened : null, subjectFirst, subjectLast));
            return result;
        }

        for (var k = windowStart; k < end; k++)
        {
            var match = Longest(tokens, k, end);
            if (match is null)
            {
                continue;
            }

            var (last, cls) = match.Value;
            int? softener = null;
            var (targetFirst, targetLast) = Target(tokens, last + 1, end);
            if (cls != ActionClass.Civic)
            {
                if (Figurative(tokens, k, last, targetFirst, targetLast) is { } figure)
                {
                    cls = ActionClass.Civic;
                    softener = figure;
                }
                else if (softened >= 0)
                {
                    cls = ActionClass.Civic;
                    softener = softened;
                }
            }

            result.Add(new ActionMatch(k, last, cls, softener, targetFirst, targetLast));
            k = last;
        }

        return result;
    }

    // The token that makes the action figurative: its object ("inflation", "the bill") or "fight for".
    private static int? Figurative(List<Token> tokens, int first, int last, int? targetFirst, int? targetLast)
    {
        if (Word(tokens, last + 1) == "for" && tokens[first].Lower is "fight" or "battle" or "struggle")
        {
            return last + 1;
        }

        if (targetFirst is { } tf && targetLast is { } tl)
        {
            for (var k = tf; k <= tl; k++)
            {
                var word = tokens[k].Lower;
                var bare = word.StartsWith("l'", StringComparison.Ordinal) || word.StartsWith("l’", StringComparison.Ordinal) ? word[2..] : word;
                if (ActionLexicon.FigurativeObjects.Contains(word) || ActionLexicon.FigurativeObjects.Contains(bare))
                {
                    return k;
                }
            }
        }

        return null;
    }

    // The object after an action: "the invaders", "against the occupiers" (the preposition is skipped).
    private static (int? First, int? Last) Target(List<Token> tokens, int start, int end)
    {
        var k = start;
        while (k < end && tokens[k].Lower is "against" or "on" or "up" or "contre" or "gegen" or "contro" or "z" or "против" or "с")
        {
            k++;
        }

        var first = k;
        while (k < end && k - first < 6 && tokens[k].IsWord && !ActionLexicon.TargetEnds.Contains(tokens[k].Lower))
        {
            k++;
        }

        return k > first ? (first, k - 1) : (null, null);
    }

    private static (int Last, ActionClass Class)? Longest(List<Token> tokens, int k, int end)
    {
        (int Last, ActionClass Class)? best = null;
        foreach (var (words, cls, _) in Phrases)
        {
            if (words[0] != tokens[k].Lower)
            {
                continue;
            }

            if (Matches(tokens, k, words) is { } last && last < end && (best is null || last > best.Value.Last || (last == best.Value.Last && cls > best.Value.Class)))
            {
                best = (last, cls);
            }
        }

        return best;
    }

    // The last token of phrase `words` matched at k ("*" = one to six words), or null.
    private static int? Matches(List<Token> tokens, int k, string[] words)
    {
        var t = k;
        for (var w = 0; w < words.Length; w++)
        {
            if (words[w] == "*")
            {
                var next = words[w + 1];
                var found = -1;
                for (var g = t + 1; g <= Math.Min(tokens.Count - 1, t + 6); g++)
                {
                    if (!tokens[g].IsWord)
                    {
                        break;
                    }

                    if (tokens[g].Lower == next)
                    {
                        found = g;
                        break;
                    }
                }

                if (found < 0)
                {
                    return null;
                }

                t = found + 1;
                w++;
                continue;
            }

            if (t >= tokens.Count || tokens[t].Lower != words[w])
            {
                return null;
            }

            t++;
        }

        return t - 1;
    }

    // The words before a modal back to the clause start ("we", "the central bank", "readers who care about clean water").
    private static (int First, int Last)? Subject(List<Token> tokens, int clauseStart, int modal)
    {
        var first = clauseStart;

        // "the general said that troops must": the subject starts after the complementiser
        for (var k = modal - 1; k > clauseStart; k--)
        {
            if (tokens[k].Lower is "that" or "que" or "qu'" or "dass" or "che" or "że" or "что")
            {
                first = k + 1;
                break;
            }
        }

        while (first < modal && ActionLexicon.NotVocatives.Contains(tokens[first].Lower))
        {
            first++;
        }

        if (first >= modal || modal - first > 8)
        {
            return null;
        }

        return (first, modal - 1);
    }

    // The first word of the clause token i is in: after the sentence start, an opening quote, ':', ';', a dash or a comma.
    private static int ClauseStart(List<Token> tokens, int i)
    {
        var k = i;
        while (k > 0 && (tokens[k - 1].IsWord || tokens[k - 1].Lower is "'" or "’" or "-"))
        {
            k--;
        }

        return k;
    }

    private static string Phrase(List<Token> tokens, int first, int last) =>
        string.Join(' ', Enumerable.Range(first, last - first + 1).Where(k => tokens[k].IsWord).Select(k => tokens[k].Text));

    private static bool IsDiscourse(string? next) => next is "talk" or "look" or "consider" or "be" or "say" or "see" or "face" or "hope" or "not" or "remember" or "recall" or "imagine" or "assume" or "suppose" or "pray";

    private static string? Word(List<Token> tokens, int k) => k >= 0 && k < tokens.Count ? tokens[k].Lower : null;

    private static bool IsEnglish(string word) => EnglishWords.Contains(word);

    private static readonly HashSet<string> EnglishWords = [.. ActionLexicon.English.Select(e => e.Phrase.Split(' ')[0])];

    private static List<Token> Tokenize(string text, TextSpan sentence)
    {
        var tokens = new List<Token>();
        for (var m = TokenPattern().Match(text, sentence.Start, sentence.Length); m.Success; m = m.NextMatch())
        {
            var isWord = char.IsLetterOrDigit(m.Value[0]);
            tokens.Add(new Token(m.Value, m.Value.ToLowerInvariant(), new TextSpan(m.Index, m.Length), isWord, isWord && char.IsUpper(m.Value[0])));
        }

        return tokens;
    }

    private static (string[] Words, ActionClass Class, bool Imperative)[] BuildPhrases()
    {
        var infinitive = new[] { "er", "re", "ir", "en", "are", "ere", "ire", "ć", "ть", "ться", "чь" };
        var english = ActionLexicon.English.Select(e => (e.Phrase.Split(' '), e.Class, e.Phrase is not ("war" or "violence" or "armed struggle" or "armed uprising" or "petition")));
        var others = ActionLexicon.Others.Select(e =>
        {
            var words = e.Phrase.Split(' ');
            return (words, e.Class, !infinitive.Any(s => words[0].EndsWith(s, StringComparison.Ordinal)) || words.Length > 1 && words[0] is "zu" or "za");
        });
        return [.. english, .. others];
    }

    // No match time-out: this pattern cannot backtrack catastrophically (each repetition starts with a character the
    // one before cannot take), so its time is linear in the sentence. A wall-clock time-out here only ever fired on
    // a CPU-starved machine, where it turned a normal article into an unhandled RegexMatchTimeoutException that
    // killed `lantern worker` (found by scripts/crash-safety.sh at load average 35 on two cores).
    [GeneratedRegex(@"[\p{L}\p{M}\p{N}]+(?:['’\-][\p{L}\p{M}\p{N}]+)*|[^\s\p{L}\p{M}\p{N}]", RegexOptions.None, Timeout.Infinite)]
    private static partial Regex TokenPattern();
}
