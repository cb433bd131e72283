using Lantern.Text;

namespace Lantern.Segmentation;

/// <summary>
/// Splits one paragraph into sentences. Contract: trimmed spans inside <c>paragraph</c>, in order,
/// without overlap, covering every non-space character of it. Implementations are thread-safe.
/// </summary>
public interface ISentenceSplitter
{
    IReadOnlyList<TextSpan> Split(string text, TextSpan paragraph);
}
