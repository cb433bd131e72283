using Lantern.Text;

namespace Lantern.Models;

/// <summary>A token-level encoder. Implementations are thread-safe and reused for every article.</summary>
public interface ITextEncoder : IDisposable
{
    string Name { get; }

    int Dimension { get; }

    /// <summary>Encodes each span of <paramref name="text"/> (batched); long spans are windowed with overlap, never cut.</summary>
    IReadOnlyList<TokenStates> Encode(string text, IReadOnlyList<TextSpan> spans, CancellationToken cancellationToken = default);

    /// <summary>How many tokens <see cref="Encode"/> would give the span, without running the model.</summary>
    int CountTokens(string text, TextSpan span);
}
