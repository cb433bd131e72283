namespace Lantern.Languages;

/// <summary>Settings of <see cref="LanguageIdentifier"/>. Every default is stated here.</summary>
public sealed record LanguageIdOptions
{
    public static LanguageIdOptions Default { get; } = new();

    /// <summary>Below this confidence the code is <c>und</c> (the confidence is still reported).</summary>
    public double Threshold { get; init; } = 0.5;

    /// <summary>Texts with fewer letters than this are <c>und</c> with confidence 0.</summary>
    public int MinLetters { get; init; } = 3;

    /// <summary>
    /// Letters needed for full confidence: a text with fewer letters has its confidence scaled by
    /// letters / this, so a two-word paragraph stays under the threshold however distinctive its words.
    /// </summary>
    public int FullConfidenceLetters { get; init; } = 40;

    /// <summary>Only the first this many characters are read (an article's language is clear long before).</summary>
    public int MaxChars { get; init; } = 20_000;
}
