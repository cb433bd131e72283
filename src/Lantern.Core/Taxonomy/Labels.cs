namespace Lantern.Taxonomy;

/// <summary>The label sets of SemEval-2023 Task 3, spelled as in its files, in a fixed order.</summary>
public static class Labels
{
    public static IReadOnlyList<string> Genres { get; } = ["opinion", "reporting", "satire"];

    public static IReadOnlyList<string> Frames { get; } =
    [
        "Economic", "Capacity_and_resources", "Morality", "Fairness_and_equality",
        "Legality_Constitutionality_and_jurisprudence", "Policy_prescription_and_evaluation",
        "Crime_and_punishment", "Security_and_defense", "Health_and_safety", "Quality_of_life",
        "Cultural_identity", "Public_opinion", "Political", "External_regulation_and_reputation",
    ];

    public static IReadOnlyList<Technique> Techniques { get; } =
    [
        new("Name_Calling-Labeling", TechniqueFamily.AttackOnReputation),
        new("Guilt_by_Association", TechniqueFamily.AttackOnReputation),
        new("Doubt", TechniqueFamily.AttackOnReputation),
        new("Appeal_to_Hypocrisy", TechniqueFamily.AttackOnReputation),
        new("Questioning_the_Reputation", TechniqueFamily.AttackOnReputation),
        new("Flag_Waving", TechniqueFamily.Justification),
        new("Appeal_to_Authority", TechniqueFamily.Justification),
        new("Appeal_to_Popularity", TechniqueFamily.Justification),
        new("Appeal_to_Values", TechniqueFamily.Justification),
        new("Appeal_to_Fear-Prejudice", TechniqueFamily.Justification),
        new("Causal_Oversimplification", TechniqueFamily.Simplification),
        new("False_Dilemma-No_Choice", TechniqueFamily.Simplification),
        new("Consequential_Oversimplification", TechniqueFamily.Simplification),
        new("Straw_Man", TechniqueFamily.Distraction),
        new("Red_Herring", TechniqueFamily.Distraction),
        new("Whataboutism", TechniqueFamily.Distraction),
        new("Slogans", TechniqueFamily.Call),
        new("Conversation_Killer", TechniqueFamily.Call),
        new("Appeal_to_Time", TechniqueFamily.Call),
        new("Loaded_Language", TechniqueFamily.ManipulativeWording),
        new("Obfuscation-Vagueness-Confusion", TechniqueFamily.ManipulativeWording),
        new("Exaggeration-Minimisation", TechniqueFamily.ManipulativeWording),
        new("Repetition", TechniqueFamily.ManipulativeWording),
    ];

    public static IReadOnlyList<string> TechniqueLabels { get; } = [.. Techniques.Select(t => t.Label)];

    /// <summary>
    /// The canonical spelling of a technique label, repairing the one misspelling in the Russian data
    /// (<c>Appeal_to_Fear-Prejudi-čce</c>); null when the label is not in the taxonomy.
    /// </summary>
    public static string? NormalizeTechnique(string label)
    {
        ArgumentNullException.ThrowIfNull(label);
        var l = label.Trim();
        if (l.StartsWith("Appeal_to_Fear-Prejudi", StringComparison.Ordinal))
        {
            return "Appeal_to_Fear-Prejudice";
        }

        foreach (var t in TechniqueLabels)
        {
            if (string.Equals(t, l, StringComparison.Ordinal))
            {
                return t;
            }
        }

        return null;
    }
}
