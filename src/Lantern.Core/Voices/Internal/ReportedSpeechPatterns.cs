using System.Text.RegularExpressions;

namespace Lantern.Voices.Internal;

/// <summary>
/// Reported speech that the quote detector leaves out because its speaker is not a capitalised name:
/// "the minister said (that) …", "officials claimed …", "critics argue …", "the senator, John Ruiz, added:",
/// "…," said a resident. English first, with the commonest French, German, Italian, Polish and Russian verbs.
/// </summary>
internal static partial class ReportedSpeechPatterns
{
    private const string Verb =
        @"(?<verb>said|says|say|added|adds|argued|argues|argue|claimed|claims|claim|insisted|insists|warned|warns|stated|states"
        + @"|maintained|maintains|alleged|alleges|explained|noted|wrote|writes|declared|announced|told(?:\s+(?:the\s+)?[\p{L}]+)?"
        + @"|call(?:s|ed)?\s+(?:it|this|them|him|her)"
        + @"|a\s+déclaré|a\s+dit|a\s+affirmé|a\s+estimé|a\s+expliqué|affirme|déclare|estime"
        + @"|sagte|sagt|erklärte|betonte|behauptete|meint"
        + @"|ha\s+detto|ha\s+dichiarato|ha\s+affermato|sostiene|afferma"
        + @"|powiedział[a]?|stwierdził[a]?|twierdzi|uważa"
        + @"|заявил[аи]?|сказал[аи]?|считает|утверждает)";

    // What follows a speech verb: "that"/"que"/"dass"/..., punctuation, the end, or a clause; never "nothing".
    private const string Tail = @"(?=\s+(?:repeatedly\s+|again\s+|today\s+|yesterday\s+)?(?:that|que|qu['’]|dass|che|że|что)\b|\s*[,:;.!?]|\s*$|\s+(?!nothing\b|little\b|no\b|not\b)[\p{L}„“""«])";

    private const string Determiner = @"(?:[Tt]he|[Aa]n?|[Ll]e|[Ll]a|[Ll]es|[Dd]er|[Dd]ie|[Dd]as|[Ii]l|[Ll]o)";

    /// <summary>"The prime minister claimed", "Officials said that", "The senator, John Ruiz, added:".</summary>
    [GeneratedRegex(@"(?<![\p{L}'’])(?<subj>(?:" + Determiner + @"\s+)?(?:[\p{L}][\p{L}'’-]*\s+){0,2}?[\p{L}][\p{L}'’-]*)\s*,?\s+(?:has\s+|have\s+|had\s+)?(?:\p{Ll}+ly\s+)?" + Verb + Tail, RegexOptions.None, 200)]
    public static partial Regex SubjectThenVerb();

    /// <summary>"…," said a resident / said the minister (after a quote or a comma).</summary>
    [GeneratedRegex(@"(?<verb>said|says|added|claimed|warned|wrote|insisted|explained)\s+(?:a|an|the|one)\s+(?<subj>\p{Ll}[\p{L}-]*(?:\s+\p{Ll}[\p{L}-]*)?)", RegexOptions.None, 200)]
    public static partial Regex VerbThenRole();
}
