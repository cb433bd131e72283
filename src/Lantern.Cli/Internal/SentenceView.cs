namespace Lantern.Cli.Internal;

internal sealed record SentenceView(int Index, int Start, int End, string Text);
