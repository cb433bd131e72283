using Lantern.Text;

namespace Lantern.Actions.Internal;

/// <summary>A word or punctuation mark of a sentence, lower-cased, with its span in the article text.</summary>
internal readonly record struct Token(string Text, string Lower, TextSpan Span, bool IsWord, bool IsCapitalised);
