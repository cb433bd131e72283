using System.Text.Json.Serialization;
using Lantern.Text;

namespace Lantern.Analysis.Embeddings;

/// <summary>
/// The vector of one finding: the mean of the encoder's token states over the passage's tokens, L2-normalised, taken
/// from the states the analysis computed anyway (no second encoder pass). <see cref="Kind"/> is
/// <see cref="PassageKind.Span"/> (the span's tokens) or <see cref="PassageKind.Paragraph"/> (a paragraph label: the
/// whole paragraph's tokens; the labels of one paragraph share one array). Stored with the analysis so that an
/// explained finding can be compared with the already-analysed passages of the same technique.
/// </summary>
public sealed record PassageEmbedding(string Kind, string Technique, int Start, int Length, float[] Vector)
{
    [JsonIgnore]
    public TextSpan Span => new(Start, Length);
}
