namespace Lantern.Languages;

/// <summary>A language (ISO 639-1 code, or <c>und</c> when unknown) with a confidence in [0, 1].</summary>
public readonly record struct LanguageGuess(string Code, double Confidence)
{
    public static LanguageGuess Unknown { get; } = new("und", 0);

    public override string ToString() => $"{Code} ({Confidence:0.00})";
}
