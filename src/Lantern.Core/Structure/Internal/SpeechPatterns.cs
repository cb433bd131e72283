using System.Text.RegularExpressions;

namespace Lantern.Structure.Internal;

/// <summary>Regular expressions for attributed speech, built from a few shared parts.</summary>
internal static partial class SpeechPatterns
{
    private const string Particle = @"(?:van|von|der|den|de|da|di|del|della|du|la|le|bin|ibn|al|el)";
    // a capitalised word, an initial ("J."), or a title abbreviation ("Dr."): never a word with a sentence's full stop
    private const string Word = @"(?:(?:Dr|Mr|Mrs|Ms|Prof|St|Gen|Sen|Rep|Gov|Col|Lt|Sgt|Capt)\.(?=\s\p{Lu})|\p{Lu}\.(?=\s\p{Lu})|\p{Lu}[\p{L}\p{M}'’-]*)";
    private const string Name = @"(?<name>" + Word + @"(?:\s(?:" + Particle + @"\s)*" + Word + @"){0,4})";
    // (?<!\p{L}): "minister said" is not "er said"
    private const string Pronoun = @"(?<!\p{L})(?<pronoun>(?:[Hh]e|[Ss]he|[Tt]hey|[Ii]l|[Ee]lle|[Ee]r|[Ss]ie|[Ll]ui|[Ll]ei|[Оо]н[аи]?|[Éé]l|[Ee]lla)\b)";

    private const string Verb =
        @"(?<verb>said|says|added|adds|noted|notes|warned|warns|claimed|claims|wrote|writes|explained|stated|insisted|argued|asked"
        + @"|declared|announced|tweeted|replied|told\s(?:reporters|journalists|the\spress|(?:the\s)?\p{Lu}[\p{L}]+)"
        + @"|a\sdéclaré|a\sdit|a\saffirmé|a\sajouté|a\sexpliqué|a\ssouligné|a\sestimé|déclare|affirme"
        + @"|sagte|sagt|erklärte|betonte"
        + @"|ha\sdetto|ha\sdichiarato|ha\sspiegato|ha\saggiunto|ha\saffermato|dice"
        + @"|powiedział[a]?|stwierdził[a]?|dodał[a]?|zaznaczył[a]?"
        + @"|заявил[а]?|сказал[а]?|отметил[а]?|добавил[а]?|подчеркнул[а]?"
        + @"|dijo|afirmó|declaró|añadió|explicó|aseguró)";

    /// <summary>"…," said Jane Doe / sagte er / a déclaré Jean Dupont: the verb first (checked to follow a quote or comma).</summary>
    [GeneratedRegex(@"(?<att>" + Verb + @"\s+(?:" + Pronoun + "|" + Name + "))", RegexOptions.None, 200)]
    public static partial Regex VerbThenSpeaker();

    /// <summary>Jane Doe said / Smith told reporters / he added: the speaker first.</summary>
    [GeneratedRegex(@"(?<att>(?:" + Pronoun + "|" + Name + @")\s+(?:has\s+|had\s+)?" + Verb + @")(?!\p{L})", RegexOptions.None, 200)]
    public static partial Regex SpeakerThenVerb();

    /// <summary>according to Jane Doe / selon / laut / secondo / według / по словам / según.</summary>
    [GeneratedRegex(@"(?<att>(?:[Aa]ccording\sto|[Ss]elon|[Ll]aut|[Ss]econdo|[Ww]edług|[Пп]о\sсловам|[Ss]egún)\s+" + Name + ")", RegexOptions.None, 200)]
    public static partial Regex AccordingTo();

    /// <summary>French inversion without a name: "…", a-t-il déclaré.</summary>
    [GeneratedRegex(@"(?<att>a-t-(?:il|elle)\s+(?:déclaré|dit|ajouté|affirmé|expliqué|souligné|estimé))", RegexOptions.None, 200)]
    public static partial Regex FrenchInversion();
}
