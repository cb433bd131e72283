namespace Lantern.Languages;

/// <summary>
/// What <see cref="ILanguageIdentifier"/> found: a language code (ISO 639-1, or <c>und</c>), a confidence
/// in [0, 1] and the main script of the text (useful when the code is <c>und</c>, e.g. Greek or Hebrew).
/// </summary>
public readonly record struct LanguageDetection(string Code, double Confidence, Script Script)
{
    public static LanguageDetection Unknown { get; } = new(LanguageIdentifier.Undetermined, 0, Script.Common);

    public bool IsKnown => Code != LanguageIdentifier.Undetermined;

    /// <summary>Whether the code is <paramref name="code"/>, aliases included (<c>ge</c> is <c>de</c>, <c>po</c> is <c>pl</c>).</summary>
    public bool Is(string code) => Code == LanguageCodes.Normalize(code);

    public LanguageGuess ToGuess() => new(Code, Confidence);

    public override string ToString() => $"{Code} ({Confidence:0.00}, {Script})";
}
