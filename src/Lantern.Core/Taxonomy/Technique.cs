namespace Lantern.Taxonomy;

/// <summary>A persuasion technique: its SemEval label and family.</summary>
public sealed record Technique(string Label, TechniqueFamily Family);
