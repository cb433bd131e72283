namespace Lantern.Languages;

/// <summary>Identifies the language of a piece of text. Implementations are thread-safe.</summary>
public interface ILanguageIdentifier
{
    LanguageDetection Identify(ReadOnlySpan<char> text);
}
