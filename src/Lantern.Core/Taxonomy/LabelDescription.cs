namespace Lantern.Taxonomy;

/// <summary>
/// What a label of the taxonomy means, for people: the SemEval <see cref="Label"/>, a readable
/// <see cref="Name"/>, a short <see cref="Abbreviation"/> (shown beside highlights so colour is not the only cue),
/// a one-sentence <see cref="Definition"/> and an invented <see cref="Example"/> sentence.
/// </summary>
public sealed record LabelDescription(string Label, string Name, string Abbreviation, string Definition, string Example);
