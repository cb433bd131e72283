namespace Lantern.Languages;

/// <summary>Language codes: ISO 639-1 inside Lantern; SemEval's <c>ge</c> and <c>po</c> accepted as aliases.</summary>
public static class LanguageCodes
{
    /// <summary>Normalises a code: lower case, <c>ge</c> → <c>de</c>, <c>po</c> → <c>pl</c>, region dropped (<c>en-GB</c> → <c>en</c>).</summary>
    public static string Normalize(string code)
    {
        ArgumentNullException.ThrowIfNull(code);
        var c = code.Trim().ToLowerInvariant();
        var dash = c.IndexOfAny(['-', '_']);
        if (dash > 0)
        {
            c = c[..dash];
        }

        return c switch
        {
            "ge" => "de",
            "po" => "pl",
            _ => c,
        };
    }

    /// <summary>The folder name SemEval uses for a language (<c>de</c> → <c>ge</c>, <c>pl</c> → <c>po</c>).</summary>
    public static string ToSemEval(string code) => Normalize(code) switch
    {
        "de" => "ge",
        "pl" => "po",
        var c => c,
    };
}
