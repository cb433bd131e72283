using Lantern.Text;

namespace Lantern.Models;

/// <summary>
/// The encoder's hidden states for one piece of text (usually a paragraph). <see cref="Tokens"/> holds,
/// for each token, its span in the original article text; <see cref="States"/> is row-major
/// [<c>Tokens.Count</c>, <see cref="Dimension"/>]. Special tokens ([CLS], [SEP]) are not included.
/// </summary>
public sealed record TokenStates(TextSpan Span, IReadOnlyList<TextSpan> Tokens, float[] States, int Dimension)
{
    public ReadOnlySpan<float> Row(int token) => States.AsSpan(token * Dimension, Dimension);

    /// <summary>True when the text was longer than one model window and was encoded in overlapping windows.</summary>
    public bool Windowed { get; init; }
}
