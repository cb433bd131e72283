using System.Collections.Frozen;

namespace Lantern.Actions.Internal;

/// <summary>
/// The words of calls to action, lower-case, by language. An action phrase is a sequence of words where <c>*</c>
/// stands for one to four words ("throw * out"). Imperative forms of French, German, Italian, Polish and Russian
/// are listed as they are written (they are unambiguous at the start of a clause); English base forms double as
/// imperatives and are checked by what follows them ("Vote counts were…" is not a call).
/// </summary>
internal static class ActionLexicon
{
    public static readonly IReadOnlyList<(string Phrase, ActionClass Class)> English =
    [
        // English: civic
        ("vote", ActionClass.Civic), ("vote * out", ActionClass.Civic), ("sign", ActionClass.Civic), ("petition", ActionClass.Civic),
        ("call * representative", ActionClass.Civic), ("call * senator", ActionClass.Civic), ("call * mp", ActionClass.Civic), ("call * congressman", ActionClass.Civic),
        ("call * congresswoman", ActionClass.Civic), ("call * councillor", ActionClass.Civic), ("write to", ActionClass.Civic), ("contact", ActionClass.Civic),
        ("donate", ActionClass.Civic), ("volunteer", ActionClass.Civic), ("register", ActionClass.Civic), ("protest", ActionClass.Civic),
        ("demonstrate", ActionClass.Civic), ("march", ActionClass.Civic), ("rally", ActionClass.Civic), ("join", ActionClass.Civic),
        ("take to the streets", ActionClass.Civic), ("speak up", ActionClass.Civic), ("speak out", ActionClass.Civic), ("campaign", ActionClass.Civic),
        ("lobby", ActionClass.Civic), ("organise", ActionClass.Civic), ("organize", ActionClass.Civic), ("mobilise", ActionClass.Civic),
        ("mobilize", ActionClass.Civic), ("elect", ActionClass.Civic), ("go on strike", ActionClass.Civic), ("stand up", ActionClass.Civic),
        ("share", ActionClass.Civic), ("support", ActionClass.Civic), ("act", ActionClass.Civic), ("demand", ActionClass.Civic),
        ("talk", ActionClass.Civic), ("speak", ActionClass.Civic), ("defend", ActionClass.Civic), ("protect", ActionClass.Civic),
        ("unite", ActionClass.Civic), ("wake up", ActionClass.Civic), ("make * voices heard", ActionClass.Civic), ("stop", ActionClass.Civic),
        ("end", ActionClass.Civic), ("tell * council", ActionClass.Civic), ("tell * representative", ActionClass.Civic), ("oppose", ActionClass.Civic), ("reject", ActionClass.Civic), ("refuse", ActionClass.Civic),

        // English: hostile
        ("boycott", ActionClass.Hostile), ("expel", ActionClass.Hostile), ("deport", ActionClass.Hostile), ("shun", ActionClass.Hostile),
        ("ostracise", ActionClass.Hostile), ("ostracize", ActionClass.Hostile), ("hate", ActionClass.Hostile), ("throw * out", ActionClass.Hostile),
        ("kick * out", ActionClass.Hostile), ("drive * out", ActionClass.Hostile), ("drive * from", ActionClass.Hostile), ("get rid of", ActionClass.Hostile),
        ("ban", ActionClass.Hostile), ("silence", ActionClass.Hostile), ("purge", ActionClass.Hostile), ("punish", ActionClass.Hostile),
        ("humiliate", ActionClass.Hostile), ("lock * up", ActionClass.Hostile), ("blacklist", ActionClass.Hostile), ("send * back", ActionClass.Hostile),
        ("resist", ActionClass.Hostile), ("rise up", ActionClass.Hostile), ("harass", ActionClass.Hostile), ("shame", ActionClass.Hostile),

        // English: violent
        ("fight", ActionClass.Violent), ("kill", ActionClass.Violent), ("murder", ActionClass.Violent), ("slaughter", ActionClass.Violent),
        ("shoot", ActionClass.Violent), ("hang", ActionClass.Violent), ("lynch", ActionClass.Violent), ("behead", ActionClass.Violent),
        ("execute", ActionClass.Violent), ("bomb", ActionClass.Violent), ("blow up", ActionClass.Violent), ("burn", ActionClass.Violent),
        ("torch", ActionClass.Violent), ("attack", ActionClass.Violent), ("assault", ActionClass.Violent), ("beat", ActionClass.Violent),
        ("storm", ActionClass.Violent), ("destroy", ActionClass.Violent), ("annihilate", ActionClass.Violent), ("exterminate", ActionClass.Violent),
        ("wipe * out", ActionClass.Violent), ("crush", ActionClass.Violent), ("smash", ActionClass.Violent), ("take up arms", ActionClass.Violent),
        ("pick up * weapons", ActionClass.Violent), ("armed struggle", ActionClass.Violent), ("wage war", ActionClass.Violent), ("go to war", ActionClass.Violent),
        ("declare war", ActionClass.Violent), ("to arms", ActionClass.Violent), ("shed * blood", ActionClass.Violent), ("strike back", ActionClass.Violent),
        ("hunt * down", ActionClass.Violent), ("grab * rifles", ActionClass.Violent), ("grab * guns", ActionClass.Violent), ("grab * weapons", ActionClass.Violent),
        ("arm yourselves", ActionClass.Violent), ("massacre", ActionClass.Violent), ("war", ActionClass.Violent), ("violence", ActionClass.Violent), ("armed uprising", ActionClass.Violent),
    ];

    public static readonly IReadOnlyList<(string Phrase, ActionClass Class)> Others =
    [

        // French
        ("votez", ActionClass.Civic), ("votons", ActionClass.Civic), ("voter", ActionClass.Civic), ("signez", ActionClass.Civic), ("signer", ActionClass.Civic),
        ("manifestez", ActionClass.Civic), ("manifestons", ActionClass.Civic), ("manifester", ActionClass.Civic), ("faites entendre", ActionClass.Civic),
        ("boycottez", ActionClass.Hostile), ("boycottons", ActionClass.Hostile), ("boycotter", ActionClass.Hostile), ("chassez", ActionClass.Hostile),
        ("chassons", ActionClass.Hostile), ("chasser", ActionClass.Hostile), ("expulsez", ActionClass.Hostile), ("expulser", ActionClass.Hostile),
        ("prenons les armes", ActionClass.Violent), ("prenez les armes", ActionClass.Violent), ("prendre les armes", ActionClass.Violent), ("aux armes", ActionClass.Violent),
        ("tuez", ActionClass.Violent), ("tuer", ActionClass.Violent), ("brûlez", ActionClass.Violent), ("brûler", ActionClass.Violent),
        ("combattez", ActionClass.Violent), ("combattons", ActionClass.Violent), ("combattre", ActionClass.Violent), ("luttez", ActionClass.Violent),
        ("luttons", ActionClass.Violent), ("lutter", ActionClass.Violent),

        // German
        ("wählt", ActionClass.Civic), ("wählen", ActionClass.Civic), ("unterschreibt", ActionClass.Civic), ("unterschreiben", ActionClass.Civic),
        ("demonstriert", ActionClass.Civic), ("demonstrieren", ActionClass.Civic), ("boykottiert", ActionClass.Hostile), ("boykottieren", ActionClass.Hostile),
        ("vertreibt", ActionClass.Hostile), ("vertreiben", ActionClass.Hostile), ("jagt * aus", ActionClass.Hostile), ("greift zu den waffen", ActionClass.Violent),
        ("zu den waffen", ActionClass.Violent), ("kämpft", ActionClass.Violent), ("kämpfen", ActionClass.Violent), ("tötet", ActionClass.Violent),
        ("töten", ActionClass.Violent), ("verbrennt", ActionClass.Violent), ("verbrennen", ActionClass.Violent), ("zündet * an", ActionClass.Violent),

        // Italian
        ("votate", ActionClass.Civic), ("votare", ActionClass.Civic), ("firmate", ActionClass.Civic), ("firmare", ActionClass.Civic),
        ("manifestate", ActionClass.Civic), ("manifestare", ActionClass.Civic), ("boicottate", ActionClass.Hostile), ("boicottare", ActionClass.Hostile),
        ("cacciate", ActionClass.Hostile), ("cacciateli", ActionClass.Hostile), ("cacciare", ActionClass.Hostile), ("espellete", ActionClass.Hostile),
        ("bruciate", ActionClass.Violent), ("bruciare", ActionClass.Violent), ("uccidete", ActionClass.Violent), ("uccidere", ActionClass.Violent),
        ("combattete", ActionClass.Violent), ("combattere", ActionClass.Violent), ("alle armi", ActionClass.Violent), ("prendete le armi", ActionClass.Violent),

        // Polish
        ("głosujcie", ActionClass.Civic), ("głosować", ActionClass.Civic), ("idźcie na wybory", ActionClass.Civic), ("podpiszcie", ActionClass.Civic),
        ("podpisać", ActionClass.Civic), ("bojkotujcie", ActionClass.Hostile), ("bojkotować", ActionClass.Hostile), ("wypędźcie", ActionClass.Hostile),
        ("wypędzić", ActionClass.Hostile), ("chwyćcie za broń", ActionClass.Violent), ("za broń", ActionClass.Violent), ("walczcie", ActionClass.Violent),
        ("walczyć", ActionClass.Violent), ("zabijcie", ActionClass.Violent), ("zabić", ActionClass.Violent), ("spalcie", ActionClass.Violent), ("spalić", ActionClass.Violent),

        // Russian
        ("голосуйте", ActionClass.Civic), ("голосовать", ActionClass.Civic), ("подпишите", ActionClass.Civic), ("подписать", ActionClass.Civic),
        ("бойкотируйте", ActionClass.Hostile), ("бойкотировать", ActionClass.Hostile), ("изгоните", ActionClass.Hostile), ("изгнать", ActionClass.Hostile),
        ("берите оружие", ActionClass.Violent), ("к оружию", ActionClass.Violent), ("убивайте", ActionClass.Violent), ("убейте", ActionClass.Violent),
        ("убить", ActionClass.Violent), ("сожгите", ActionClass.Violent), ("сжечь", ActionClass.Violent), ("боритесь", ActionClass.Violent), ("бороться", ActionClass.Violent),
    ];

    // After English and Others: static fields are initialised in the order they are written.
    public static readonly IReadOnlyList<(string Phrase, ActionClass Class)> Actions = [.. English, .. Others];

    /// <summary>Passive participles after "must be" / "should all be": the subject is the target.</summary>
    public static readonly FrozenDictionary<string, ActionClass> Passives = new Dictionary<string, ActionClass>
    {
        ["shot"] = ActionClass.Violent, ["killed"] = ActionClass.Violent, ["hanged"] = ActionClass.Violent, ["hung"] = ActionClass.Violent,
        ["executed"] = ActionClass.Violent, ["burned"] = ActionClass.Violent, ["burnt"] = ActionClass.Violent, ["destroyed"] = ActionClass.Violent,
        ["crushed"] = ActionClass.Violent, ["exterminated"] = ActionClass.Violent, ["eliminated"] = ActionClass.Violent, ["bombed"] = ActionClass.Violent,
        ["attacked"] = ActionClass.Violent, ["lynched"] = ActionClass.Violent, ["wiped"] = ActionClass.Violent,
        ["deported"] = ActionClass.Hostile, ["expelled"] = ActionClass.Hostile, ["banned"] = ActionClass.Hostile, ["silenced"] = ActionClass.Hostile,
        ["punished"] = ActionClass.Hostile, ["jailed"] = ActionClass.Hostile, ["boycotted"] = ActionClass.Hostile, ["shunned"] = ActionClass.Hostile,
        ["purged"] = ActionClass.Hostile, ["thrown"] = ActionClass.Hostile, ["driven"] = ActionClass.Hostile, ["locked"] = ActionClass.Hostile,
        ["voted"] = ActionClass.Civic, ["stopped"] = ActionClass.Civic, ["defeated"] = ActionClass.Civic,
    }.ToFrozenDictionary();

    /// <summary>Modal exhortations: the word, and whether "to" must follow ("need to", "have to").</summary>
    public static readonly FrozenDictionary<string, bool> Modals = new Dictionary<string, bool>
    {
        ["must"] = false, ["should"] = false, ["need"] = true, ["needs"] = true, ["have"] = true, ["has"] = true, ["ought"] = true, ["got"] = true,
        ["gotta"] = false,
        ["devons"] = false, ["devez"] = false, ["doit"] = false, ["doivent"] = false, ["faut"] = false,
        ["müssen"] = false, ["muss"] = false, ["müsst"] = false, ["sollten"] = false, ["sollen"] = false,
        ["dobbiamo"] = false, ["dovete"] = false, ["deve"] = false, ["devono"] = false, ["bisogna"] = false,
        ["musimy"] = false, ["musicie"] = false, ["trzeba"] = false, ["należy"] = false,
        ["должны"] = false, ["должен"] = false, ["нужно"] = false, ["надо"] = false, ["давайте"] = false,
    }.ToFrozenDictionary();

    /// <summary>"It is time to", "il est temps de", "es ist Zeit", "è ora di", "czas", "пора": the word that carries it.</summary>
    public static readonly FrozenSet<string> TimeWords = FrozenSet.ToFrozenSet(["time", "temps", "zeit", "ora", "tempo", "czas", "pora", "пора"]);

    /// <summary>Words after an English imperative that show it is a verb, not a noun ("Vote counts were…").</summary>
    public static readonly FrozenSet<string> AfterImperative = FrozenSet.ToFrozenSet(
    [
        "the", "a", "an", "your", "our", "their", "his", "her", "its", "them", "him", "us", "it", "this", "that", "these", "those",
        "every", "all", "each", "any", "some", "what", "up", "out", "back", "down", "off", "against", "to", "with",
        "now", "together", "today", "tonight", "peacefully", "early", "and", "or", "before", "whoever", "anyone",
    ]);

    /// <summary>Objects that make a violent or hostile verb figurative: "fight inflation", "kill the bill", "war on poverty".</summary>
    public static readonly FrozenSet<string> FigurativeObjects = FrozenSet.ToFrozenSet(
    [
        "inflation", "poverty", "corruption", "crime", "disease", "cancer", "virus", "pandemic", "covid", "climate", "unemployment", "hunger",
        "drugs", "fire", "fires", "wildfires", "misinformation", "disinformation", "racism", "injustice", "inequality", "obesity", "debt",
        "deficit", "waste", "fraud", "bill", "bills", "law", "legislation", "proposal", "plan", "deal", "measure", "reform", "amendment",
        "motion", "treaty", "tax", "budget", "project", "idea", "policy", "problem", "problems", "competition", "calories", "fat", "record",
        "myth", "myths", "argument", "narrative", "odds", "illiteracy", "homelessness", "pollution", "emissions", "apathy", "cynicism",
        "l'inflation", "inflation", "pauvreté", "chômage", "korruption", "armut", "inflazione", "povertà", "inflację", "biedę", "инфляцией", "бедностью",
    ]);

    /// <summary>Words that keep an action lawful: "march peacefully", "by every peaceful means".</summary>
    public static readonly FrozenSet<string> Softeners = FrozenSet.ToFrozenSet(
        ["peaceful", "peacefully", "non-violent", "nonviolent", "non-violently", "pacifiquement", "friedlich", "pacificamente", "pokojowo", "мирно"]);

    /// <summary>Where an action's window ends: a new clause about someone else ("before they…", "until", "who…").</summary>
    public static readonly FrozenSet<string> WindowEnds = FrozenSet.ToFrozenSet(
        ["before", "until", "because", "who", "which", "when", "while", "unless", "since", "bis", "avant", "parce", "weil", "prima", "perché", "zanim", "пока", "прежде"]);

    /// <summary>Words a target phrase stops at.</summary>
    public static readonly FrozenSet<string> TargetEnds = FrozenSet.ToFrozenSet(
    [
        "and", "or", "but", "before", "until", "because", "if", "when", "who", "that", "which", "while", "so", "at", "in", "by", "with",
        "from", "to", "into", "of", "for", "next", "without", "now", "today", "et", "und", "e", "i", "и", "bis", "avant", "entro", "dalla", "dal", "z", "na",
    ]);

    /// <summary>Clause openers that are not vocatives ("So, …", "Now, …").</summary>
    public static readonly FrozenSet<string> NotVocatives = FrozenSet.ToFrozenSet(
        ["so", "now", "then", "today", "enough", "yes", "no", "well", "please", "and", "but", "first", "finally", "therefore", "again", "also", "still", "instead"]);

    /// <summary>Adverbs allowed between a modal and its verb ("must all", "should now").</summary>
    public static readonly FrozenSet<string> ModalAdverbs = FrozenSet.ToFrozenSet(
        ["all", "now", "finally", "immediately", "also", "simply", "just", "urgently", "each", "together", "therefore", "really", "then", "still", "alle", "tous", "jetzt", "sofort", "tutti", "wszyscy", "все", "teraz", "сейчас"]);
}
