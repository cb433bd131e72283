using System.Text.Json.Serialization;
using Lantern.Text;

namespace Lantern.Analysis.Explanations;

/// <summary>
/// A word whose deletion lowered the technique's score: <see cref="Drop"/> is the paragraph's technique score
/// with the word minus the score without it (positive: the word pushed towards the technique).
/// </summary>
public sealed record CueWord(int Start, int Length, string Text, double Drop)
{
    [JsonIgnore]
    public TextSpan Span => new(Start, Length);
}
