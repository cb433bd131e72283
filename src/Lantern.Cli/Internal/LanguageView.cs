using Lantern.Languages;

namespace Lantern.Cli.Internal;

internal sealed record LanguageView(string Code, double Confidence)
{
    public static LanguageView Of(LanguageGuess g) => new(g.Code, Math.Round(g.Confidence, 4));
}
