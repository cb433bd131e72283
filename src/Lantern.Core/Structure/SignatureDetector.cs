using System.Text.RegularExpressions;
using Lantern.Documents;
using Lantern.Structure.Internal;
using Lantern.Text;

namespace Lantern.Structure;

/// <summary>
/// A signature block at the end of an article, either a name line followed by one to three short role or
/// organisation lines ("Jane Doe" / "Professor of History" / "University of X"), or one closing line that
/// introduces the author ("— Jane Doe is a professor of history at X."). The detail is the role and
/// organisation. Only paragraphs after the first two are considered, so a headline is never a signature.
/// </summary>
public sealed partial class SignatureDetector : IStructureDetector
{
    private const int FirstCandidate = 2;

    // A bio is one short sentence; longer ones are body text (and the pattern need not scan them).
    private const int MaxBioLength = 400;

    public static SignatureDetector Instance { get; } = new();

    public IEnumerable<StructureSpan> Detect(StructureContext context, CancellationToken cancellationToken)
    {
        var paragraphs = context.Paragraphs;
        if (paragraphs.Count <= FirstCandidate)
        {
            return [];
        }

        var lastIndex = paragraphs.Count - 1;
        var last = context.TextOf(paragraphs[lastIndex]);
        // Only the first sentence introduces the author; "Follow him on Twitter" may come after.
        var firstSentence = context.Sentences.FirstOrDefault(s => s.ParagraphIndex == lastIndex) is { } sentence ? sentence.Span.Of(context.Text) : last;
        var bio = firstSentence.Length <= MaxBioLength ? Bio().Match(firstSentence) : Match.Empty;
        if (bio.Success && Names.IsPersonName(bio.Groups["name"].Value) && Names.WordCount(firstSentence) <= 40)
        {
            var role = bio.Groups["role"].Value.TrimEnd('.', ' ');
            return [new StructureSpan(StructureKind.Signature, paragraphs[lastIndex].Span, role)];
        }

        // The block: the longest run of short lines at the end whose first line is a name.
        for (var start = Math.Max(FirstCandidate, lastIndex - 3); start < lastIndex; start++)
        {
            cancellationToken.ThrowIfCancellationRequested();
            var lines = paragraphs.Skip(start).Select(context.TextOf).ToList();
            var name = StripDash(lines[0]);
            if (Names.IsPersonName(name) && lines.Skip(1).All(IsRoleLine) && lines.Skip(1).Sum(Names.WordCount) >= 2)
            {
                var span = TextSpan.FromBounds(paragraphs[start].Span.Start, paragraphs[lastIndex].Span.End);
                return [new StructureSpan(StructureKind.Signature, span, string.Join(", ", lines.Skip(1)))];
            }
        }

        // "— Jane Doe" alone on the last line
        if (last.Length > 2 && last[0] is '—' or '–' && Names.IsPersonName(StripDash(last)))
        {
            return [new StructureSpan(StructureKind.Signature, paragraphs[lastIndex].Span)];
        }

        return [];
    }

    private static string StripDash(string line) => line.TrimStart('—', '–', '-', ' ');

    private static bool IsRoleLine(string line) =>
        line.Length <= 80 && Names.WordCount(line) <= 10 && !Names.EndsLikeSentence(line) && line[^1] != ':'
        && line.FirstOrDefault(char.IsLetterOrDigit) is var first && (char.IsUpper(first) || char.IsDigit(first));

    // "— Jane Doe is a professor of history at X." / "Jane Doe est chercheuse au CNRS."
    [GeneratedRegex(@"^(?:[—–-]\s*|\*)?(?<name>\p{Lu}[\p{L}.'’-]*(?:\s+[\p{L}.'’-]+){1,4}?)\s+(?:(?:is|was|est|ist|war|è|es|—|–)\s+(?=(?:a|an|the|un|une|le|la|l'|l’|ein|eine|der|die|uno|una|il|lo|el|editor|professor|senior|chief|head|director|co-founder|founder|author)\s)|(?:jest|является)\s+)(?<role>.*\s(?:at|of|for|in|with|au|à|de|du|des|an|der|bei|für|di|del|della|presso|w|we|z|в|de|en)\s.+?)\*?$")]
    private static partial Regex Bio();
}
