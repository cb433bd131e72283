namespace Lantern.Languages;

/// <summary>A writing system, coarse enough to tell an Arabic verse from the English around it.</summary>
public enum Script
{
    /// <summary>Not a letter of any script: digits, punctuation, spaces, symbols, emoji.</summary>
    Common,

    /// <summary>Combining marks: they take the script of the letter they follow.</summary>
    Inherited,
    Latin,
    Cyrillic,
    Greek,
    Arabic,
    Hebrew,
    Armenian,
    Georgian,
    Devanagari,
    Bengali,
    Thai,

    /// <summary>Han, kana and hangul together: Chinese, Japanese and Korean mix them in one sentence.</summary>
    Cjk,

    /// <summary>A letter of a script not listed here.</summary>
    Other,
}
