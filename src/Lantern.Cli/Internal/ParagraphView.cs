namespace Lantern.Cli.Internal;

internal sealed record ParagraphView(int Index, int Line, int Start, int End, LanguageView? Language, string Text, IReadOnlyList<SentenceView> Sentences);
