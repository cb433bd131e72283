using System.Text.RegularExpressions;
using Lantern.Documents;
using Lantern.Segmentation;
using Lantern.Structure.Internal;
using Lantern.Text;

namespace Lantern.Structure;

/// <summary>
/// Kicker, headline and byline at the top of an article. The headline is <see cref="Articles.Article.TitleSpan"/>
/// when the reader found one, else the first paragraph (the second when the first is a kicker). A kicker is a
/// short line above the headline in upper case, with a section separator ("World | Europe") or ending in a
/// colon ("ANALYSIS:"), or an upper-case prefix of the headline line ("OPINION: ..."). A byline is a short line
/// in the three paragraphs after the headline: "By Jane Doe and John Roe" (also Par, Von, Di, Por, Autor, Автор)
/// or "Jane Doe, Reuters"; its detail is the names.
/// </summary>
public sealed partial class TopMatterDetector : IStructureDetector
{
    private static readonly HashSet<string> Agencies = new(StringComparer.OrdinalIgnoreCase)
    {
        "Reuters", "AP", "AFP", "Associated Press", "Agence France-Presse", "Bloomberg", "dpa", "ANSA", "PAP", "EFE", "Europa Press",
        "Xinhua", "Interfax", "TASS", "ТАСС", "РИА Новости", "Интерфакс", "BBC News", "CNN", "The Guardian", "The Times", "Le Monde",
        "Der Spiegel", "Corriere della Sera", "La Repubblica", "El País",
    };

    private static readonly HashSet<string> StaffWords = new(StringComparer.OrdinalIgnoreCase)
    {
        "Correspondent", "Reporter", "Writer", "Editor", "Staff", "Contributor", "Columnist", "Korrespondent", "Korrespondentin",
        "Redakteur", "Redakteurin", "Correspondant", "Correspondante", "Journaliste", "Corrispondente", "Giornalista", "Korespondent",
        "Dziennikarz", "Корреспондент", "Обозреватель", "Corresponsal", "Periodista",
    };

    public static TopMatterDetector Instance { get; } = new();

    public IEnumerable<StructureSpan> Detect(StructureContext context, CancellationToken cancellationToken)
    {
        var text = context.Text;
        var paragraphs = context.Paragraphs;
        var result = new List<StructureSpan>();
        if (paragraphs.Count < 2)
        {
            return result; // a single paragraph is body text, not a headline
        }

        int headlineIndex;
        TextSpan headline;
        var title = context.Article.TitleSpan;
        if (title is { } t && !t.IsEmpty && t.End <= text.Length)
        {
            headline = LineParagraphs.Trim(text, t);
            headlineIndex = paragraphs.Count(p => p.Span.Start < headline.Start);
            if (headlineIndex > 0 && IsKicker(context.TextOf(paragraphs[headlineIndex - 1])))
            {
                result.Add(new StructureSpan(StructureKind.Kicker, paragraphs[headlineIndex - 1].Span));
            }
        }
        else
        {
            // A kicker sits right on top of the headline; a short upper-case line followed by an empty line
            // is itself the headline (the SemEval shape: title, empty line, body).
            headlineIndex = paragraphs.Count >= 3 && paragraphs[1].Line == paragraphs[0].Line + 1 && IsKicker(context.TextOf(paragraphs[0])) ? 1 : 0;
            if (headlineIndex == 1)
            {
                result.Add(new StructureSpan(StructureKind.Kicker, paragraphs[0].Span));
            }

            headline = paragraphs[headlineIndex].Span;
            if (headline.Length > 300)
            {
                return result; // a long first line is the body of a text without a title
            }
        }

        // "ANALYSIS: Markets fall" on one line: the upper-case prefix is the kicker.
        var prefix = InlineKicker().Match(headline.Of(text));
        if (prefix.Success && result.Count == 0)
        {
            result.Add(new StructureSpan(StructureKind.Kicker, new TextSpan(headline.Start + prefix.Groups["k"].Index, prefix.Groups["k"].Length)));
            headline = TextSpan.FromBounds(headline.Start + prefix.Groups["h"].Index, headline.End);
        }

        result.Add(new StructureSpan(StructureKind.Headline, headline));

        var last = Math.Min(paragraphs.Count - 1, headlineIndex + 3);
        for (var i = headlineIndex + 1; i <= last; i++)
        {
            cancellationToken.ThrowIfCancellationRequested();
            if (paragraphs[i].Span.Start < headline.End)
            {
                continue;
            }

            var line = context.TextOf(paragraphs[i]);
            var names = BylineNames(line);
            if (names is not null)
            {
                result.Add(new StructureSpan(StructureKind.Byline, paragraphs[i].Span, names));
                break;
            }
        }

        return result;
    }

    internal static bool IsKicker(string line)
    {
        if (line.Length > 60 || Names.WordCount(line) > 6 || line[^1] is '.' or '!' or '?')
        {
            return false;
        }

        var letters = line.Where(char.IsLetter).ToList();
        if (letters.Count < 2)
        {
            return false;
        }

        return letters.All(c => !char.IsLower(c))
            || Separator().IsMatch(line)
            || (line[^1] == ':' && Names.WordCount(line) <= 3);
    }

    /// <summary>The names of a byline line, or null when the line is not one.</summary>
    internal static string? BylineNames(string line)
    {
        if (line.Length > 120 || Names.WordCount(line) > 16 || line[^1] is '.' or '!' or '?')
        {
            return null;
        }

        var by = ByPrefix().Match(line);
        if (by.Success)
        {
            var rest = by.Groups["rest"].Value;
            var names = NameList().Match(rest);
            return names.Success && names.Groups["names"].Value.Split(' ').Count(w => w.Length > 0 && char.IsUpper(w[0])) >= 2 ? names.Groups["names"].Value : null;
        }

        var agency = NameComma().Match(line);
        return agency.Success && Names.IsPersonName(agency.Groups["name"].Value) && IsNewsOrganisation(agency.Groups["org"].Value)
            ? agency.Groups["name"].Value
            : null;
    }

    // "Jane Doe, Reuters" is a byline; "Catholic Church, Homosexuality" is not: only agencies and staff roles count.
    private static bool IsNewsOrganisation(string org) =>
        Agencies.Contains(org) || org.Split(' ').Any(w => StaffWords.Contains(w));

    [GeneratedRegex(@"\s[|›»>/]\s|\s[|›»]$|^[|›»]\s")]
    private static partial Regex Separator();

    [GeneratedRegex(@"^(?<k>\p{Lu}[\p{Lu}\p{N}&' -]{1,24}?)\s*[:|]\s+(?<h>\S.{9,})$")]
    private static partial Regex InlineKicker();

    [GeneratedRegex(@"^(?:By|BY|by|Par|PAR|par|Von|VON|von|Di|DI|Por|POR|por|Autor(?:ka)?:?|Автор:?|Авторы:?)\s+(?<rest>.+)$")]
    private static partial Regex ByPrefix();

    // names joined by conjunctions, then optionally ", Reuters" / "| The Times" / "— Paris"
    [GeneratedRegex(@"^(?<names>\p{Lu}[\p{L}\p{M}.'’-]*(?:\s+(?:(?:and|&|und|et|e|y|i|и|van|von|der|de|da|di|del|du|la|le)\s+)?\p{Lu}[\p{L}\p{M}.'’-]*){1,11})(?:\s*(?:[,|—–]|\s-\s|\s+(?:in|at|for|pour|für|per|para|w|в)\s).*)?$")]
    private static partial Regex NameList();

    [GeneratedRegex(@"^(?<name>[^,]{3,40}),\s+(?<org>\p{Lu}[\p{L}&.' ]{1,40})$")]
    private static partial Regex NameComma();
}
