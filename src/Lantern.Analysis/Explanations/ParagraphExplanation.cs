using System.Text.Json.Serialization;
using Lantern.Text;

namespace Lantern.Analysis.Explanations;

/// <summary>
/// Why a paragraph was labelled with a technique: the technique's definition, the paragraph's score for it as
/// analysed (<see cref="Score"/>) and the words of the paragraph whose deletion lowered that score most
/// (<see cref="Cues"/>, best first, only words that lowered it). Measured by occlusion, as for spans. At most
/// <see cref="WordsTested"/> of the paragraph's <see cref="Words"/> words are tried (the words of its spans first,
/// then the others in reading order); when fewer were tried than it has, a cue may have been missed.
/// </summary>
public sealed record ParagraphExplanation(int Paragraph, int Start, int Length, string Technique, string Definition, double Score, IReadOnlyList<CueWord> Cues, int Words, int WordsTested)
{
    [JsonIgnore]
    public TextSpan Span => new(Start, Length);

    /// <summary>The most similar already-analysed paragraphs with this label in the corpus (empty without a corpus).</summary>
    public IReadOnlyList<SimilarPassage> Similar { get; init; } = [];
}
