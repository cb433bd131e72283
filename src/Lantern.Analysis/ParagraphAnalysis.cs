using System.Text.Json.Serialization;
using Lantern.Text;

namespace Lantern.Analysis;

/// <summary>
/// One paragraph with the techniques found in it. <see cref="Line"/> is the 1-based line as SemEval
/// label files count it; <see cref="Start"/>/<see cref="Length"/> are UTF-16 offsets into the article text.
/// </summary>
public sealed record ParagraphAnalysis(int Index, int Line, int Start, int Length, IReadOnlyList<ScoredLabel> Techniques)
{
    [JsonIgnore]
    public TextSpan Span => new(Start, Length);

    /// <summary>Whose words the paragraph mostly is, and how much of it is quoted or reported speech.</summary>
    public ParagraphVoice Voice { get; init; } = ParagraphVoice.Author;
}
