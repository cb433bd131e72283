using System.Text.Json.Serialization;
using Lantern.Text;

namespace Lantern.Analysis.Explanations;

/// <summary>
/// Why a span was labelled with a technique: the technique's definition, the paragraph's score for the technique
/// as analysed (<see cref="Score"/>), and the words of the span and its close context whose deletion lowered that
/// score most (<see cref="Cues"/>, best first; only words that lowered it). Measured by occlusion: the paragraph is
/// re-encoded once per deleted word with the real encoder and heads.
/// </summary>
public sealed record SpanExplanation(string Technique, int Start, int Length, string Text, string Definition, double Score, IReadOnlyList<CueWord> Cues)
{
    [JsonIgnore]
    public TextSpan Span => new(Start, Length);

    /// <summary>The most similar already-analysed spans of this technique in the corpus (empty without a corpus).</summary>
    public IReadOnlyList<SimilarPassage> Similar { get; init; } = [];
}
