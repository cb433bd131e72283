using System.Text.RegularExpressions;

namespace Lantern.Models.Internal;

/// <summary>
/// Cues that tell reporting from opinion across topics, for the genre head: how much of the article is
/// attributed to others (reporting verbs, news agencies, a dateline), how much speaks in the first
/// person singular or prescribes (modal verbs), weekday/"yesterday" time anchors, and the shape of the
/// title and sentences. Word lists cover the six SemEval languages; every cue is a rate, so long and
/// short articles compare. Topic words are deliberately absent (the genre head memorised topics when
/// given hashed n-grams).
/// </summary>
internal static partial class GenreCues
{
    public const int Count = 10;

    private static readonly HashSet<string> Reporting = new(StringComparer.Ordinal)
    {
        "said", "says", "told", "stated", "announced", "reported", "added", "according", "confirmed", "spokesman", "spokeswoman", "spokesperson",
        "déclaré", "selon", "affirmé", "annoncé", "indiqué", "précisé", "porte-parole",
        "sagte", "sagt", "erklärte", "laut", "teilte", "sprecher", "sprecherin", "berichtete",
        "detto", "secondo", "dichiarato", "annunciato", "riferito", "spiegato", "portavoce",
        "powiedział", "powiedziała", "według", "poinformował", "poinformowała", "stwierdził", "rzecznik",
        "сказал", "сказала", "заявил", "заявила", "сообщил", "сообщила", "словам", "сообщает", "пресс-секретарь",
    };

    private static readonly HashSet<string> Agencies = new(StringComparer.Ordinal)
    {
        "reuters", "ap", "afp", "associated", "bloomberg", "dpa", "ansa", "pap", "тасс", "риа", "интерфакс", "efe", "upi",
    };

    private static readonly HashSet<string> FirstSingular = new(StringComparer.Ordinal)
    {
        "i", "me", "my", "mine", "myself", "je", "moi", "mon", "ma", "mes", "ich", "mich", "mir", "mein", "meine", "io", "mio", "mia", "mi",
        "ja", "mnie", "mój", "moja", "я", "меня", "мне", "мой", "моя",
    };

    private static readonly HashSet<string> Modal = new(StringComparer.Ordinal)
    {
        "should", "must", "ought", "need", "needs", "doit", "devrait", "faut", "muss", "müssen", "sollte", "sollten", "deve", "dovrebbe", "bisogna",
        "musi", "powinien", "powinna", "trzeba", "должен", "должны", "нужно", "надо",
    };

    private static readonly HashSet<string> TimeAnchors = new(StringComparer.Ordinal)
    {
        "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday", "yesterday", "today",
        "lundi", "mardi", "mercredi", "jeudi", "vendredi", "samedi", "dimanche", "hier",
        "montag", "dienstag", "mittwoch", "donnerstag", "freitag", "samstag", "sonntag", "gestern",
        "lunedì", "martedì", "mercoledì", "giovedì", "venerdì", "sabato", "domenica", "ieri",
        "poniedziałek", "wtorek", "środa", "czwartek", "piątek", "sobota", "niedziela", "wczoraj",
        "понедельник", "вторник", "среду", "четверг", "пятницу", "субботу", "воскресенье", "вчера",
    };

    /// <summary>A dateline opening a paragraph: "WASHINGTON (Reuters) -", "MOSCOW, March 3 —", "BERLIN:".</summary>
    [GeneratedRegex(@"^\p{Lu}[\p{Lu} .'-]{2,}(,[^\n]{0,30})?(\s*\([^)\n]{1,40}\))?\s*[-—–:]", RegexOptions.CultureInvariant)]
    private static partial Regex Dateline();

    [GeneratedRegex(@"\p{L}[\p{L}'’-]*", RegexOptions.CultureInvariant)]
    private static partial Regex Word();

    public static void Write(string text, IReadOnlyList<Text.TextSpan> paragraphs, Span<float> output)
    {
        output[..Count].Clear();
        var words = 0;
        int reporting = 0, agencies = 0, first = 0, modal = 0, time = 0;
        var attributedParagraphs = 0;
        foreach (var paragraph in paragraphs)
        {
            var attributed = false;
            foreach (Match m in Word().Matches(text, paragraph.Start).TakeWhile(m => m.Index < paragraph.End))
            {
                var w = m.Value.ToLowerInvariant();
                words++;
                if (Reporting.Contains(w))
                {
                    reporting++;
                    attributed = true;
                }

                agencies += Agencies.Contains(w) && char.IsUpper(m.Value[0]) ? 1 : 0;
                first += FirstSingular.Contains(w) ? 1 : 0;
                modal += Modal.Contains(w) ? 1 : 0;
                time += TimeAnchors.Contains(w) ? 1 : 0;
            }

            attributedParagraphs += attributed ? 1 : 0;
        }

        var n = Math.Max(words, 1) / 100f;
        var title = paragraphs.Count > 0 ? text.Substring(paragraphs[0].Start, paragraphs[0].Length) : string.Empty;
        var body = paragraphs.Skip(1).Take(2).Select(p => text.Substring(p.Start, Math.Min(p.Length, 80)));
        var sentences = Math.Max(1, text.Count(c => c is '.' or '!' or '?'));
        output[0] = reporting / n;
        output[1] = paragraphs.Count <= 1 ? 0 : attributedParagraphs / (float)(paragraphs.Count - 1);
        output[2] = MathF.Min(agencies, 3);
        output[3] = body.Any(b => Dateline().IsMatch(b)) ? 1 : 0;
        output[4] = first / n;
        output[5] = modal / n;
        output[6] = time / n;
        output[7] = title.Contains('?', StringComparison.Ordinal) || title.Contains('!', StringComparison.Ordinal) ? 1 : 0;
        output[8] = MathF.Log(1 + words / (float)sentences);
        output[9] = text.Count(c => c == '?') / (float)sentences;
    }
}
