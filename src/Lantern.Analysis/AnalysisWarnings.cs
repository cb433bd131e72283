using System.Globalization;

namespace Lantern.Analysis;

/// <summary>The warning codes an analysis can carry, and their messages.</summary>
public static class AnalysisWarnings
{
    public const string UnknownLanguageCode = "unknown-language";
    public const string UnsupportedLanguageCode = "unsupported-language";
    public const string WindowedParagraphCode = "windowed-paragraph";
    public const string EmptyArticleCode = "empty-article";
    public const string ReaderCode = "reader";

    public static AnalysisWarning UnknownLanguage() =>
        new(UnknownLanguageCode, "the language could not be identified; analysed with the multilingual models anyway");

    public static AnalysisWarning UnsupportedLanguage(string code) =>
        new(UnsupportedLanguageCode, $"language '{code}' is not one the models were trained on; results are less reliable");

    public static AnalysisWarning WindowedParagraph(int index, int line, int tokens) =>
        new(WindowedParagraphCode, string.Create(CultureInfo.InvariantCulture, $"paragraph {index} (line {line}) has {tokens} tokens, more than one model window: encoded in overlapping windows"));

    public static AnalysisWarning EmptyArticle() =>
        new(EmptyArticleCode, "the article has no paragraph to analyse");

    public static AnalysisWarning Reader(string message) => new(ReaderCode, message);
}
