namespace Lantern.Segmentation;

/// <summary>
/// Settings of <see cref="RuleSentenceSplitter"/>. Every default is stated here; extend a set with
/// <c>options with { Abbreviations = [.. SentenceSplitterOptions.Default.Abbreviations, "xyz"] }</c>.
/// </summary>
public sealed record SentenceSplitterOptions
{
    public static SentenceSplitterOptions Default { get; } = new();

    /// <summary>
    /// Words that take a full stop and are normally followed by more of the same sentence (lower case,
    /// without the final dot): titles, "e.g.", "z.B.", "ca.". A dot after them never ends a sentence.
    /// Words with inner dots (U.S., т.е.) are treated the same way unless listed in <see cref="SentenceFinalDotted"/>.
    /// </summary>
    public IReadOnlyCollection<string> Abbreviations { get; init; } =
    [
        // en
        "mr", "mrs", "ms", "dr", "prof", "st", "sr", "jr", "gen", "col", "lt", "sgt", "capt", "cmdr", "adm", "gov", "sen", "rep",
        "rev", "hon", "pres", "messrs", "mt", "ft", "vs", "cf", "approx", "dept", "jan", "feb", "apr", "aug", "sept", "oct", "nov",
        // fr
        "mm", "mme", "mmes", "mlle", "mlles", "mgr", "pr", "env", "cad",
        // de
        "bzw", "ca", "vgl", "evtl", "ggf", "inkl", "sog", "hr", "hrn", "fr", "bd", "ebd", "geb", "gest", "jh", "mio", "mrd",
        // it
        "sig", "sigg", "dott", "avv", "ing", "arch", "sen",
        // pl
        "np", "tzw", "tj", "ks", "płk", "gen", "mjr", "ul", "al", "pl", "wg", "im", "godz", "zob", "mln", "mld", "tys", "ws",
        // ru
        "т", "г", "гг", "им", "ул", "пр", "тыс", "млн", "млрд", "руб", "см", "напр", "проф", "акад", "т.е", "т.к", "т.н",
        // es
        "sra", "srta", "dña", "ud", "uds", "dra", "lic", "aprox",
    ];

    /// <summary>Abbreviations that take a dot only before a number ("No. 5", "Art. 3", "S. 12"): elsewhere the dot may end a sentence.</summary>
    public IReadOnlyCollection<string> BeforeNumbers { get; init; } =
        ["no", "nos", "nr", "núm", "art", "p", "pp", "vol", "fig", "ch", "sec", "pag", "pág", "s", "d", "n", "abs", "ст", "п", "с"];

    /// <summary>Dotted abbreviations that often end a sentence ("и т.д."): they end one when the next word is capitalised.</summary>
    public IReadOnlyCollection<string> SentenceFinalDotted { get; init; } = ["т.д", "т.п", "u.s.w", "i.t.d", "i.t.p", "itd", "itp", "etc", "usw"];

    /// <summary>Month names after which "3." is a German/Polish ordinal date ("am 3. Oktober"), not the end of a sentence.</summary>
    public IReadOnlyCollection<string> MonthNames { get; init; } =
    [
        "januar", "jänner", "februar", "märz", "april", "mai", "juni", "juli", "august", "september", "oktober", "november", "dezember",
    ];
}
