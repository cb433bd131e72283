namespace Lantern.Taxonomy;

/// <summary>The six families of the SemEval-2023 Task 3 persuasion taxonomy.</summary>
public enum TechniqueFamily
{
    AttackOnReputation,
    Justification,
    Simplification,
    Distraction,
    Call,
    ManipulativeWording,
}
