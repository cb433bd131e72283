namespace Lantern.Analysis.Explanations;

/// <summary>One-sentence definitions of the 23 SemEval-2023 Task 3 techniques, in Lantern's own words.</summary>
public static class TechniqueDefinitions
{
    private static readonly Dictionary<string, string> Definitions = new(StringComparer.Ordinal)
    {
        ["Name_Calling-Labeling"] = "Gives a person or group a loaded label (insulting or praising) that the reader is meant to fear, hate or admire instead of weighing facts.",
        ["Guilt_by_Association"] = "Discredits a person or idea by linking it to someone or something the audience already despises.",
        ["Doubt"] = "Questions the credibility of someone or something without real evidence, to make the reader distrust it.",
        ["Appeal_to_Hypocrisy"] = "Attacks the opponent as a hypocrite (they did the same, said the opposite) rather than answering the argument.",
        ["Questioning_the_Reputation"] = "Attacks the character or reputation of the opponent with strong negative claims instead of addressing the argument.",
        ["Flag_Waving"] = "Justifies an idea by appealing to group pride or identity (nation, religion, party): 'as patriots we must'.",
        ["Appeal_to_Authority"] = "Claims something is true because an authority or expert says so, without other support.",
        ["Appeal_to_Popularity"] = "Claims something is right because many or 'everyone' agree with it or do it.",
        ["Appeal_to_Values"] = "Justifies an idea by linking it to values the audience holds dear (freedom, democracy, tradition, religion).",
        ["Appeal_to_Fear-Prejudice"] = "Builds support for an idea by playing on the reader's fear of an alternative or on existing prejudice.",
        ["Causal_Oversimplification"] = "Reduces a complex issue to a single cause, often blaming one person or group.",
        ["False_Dilemma-No_Choice"] = "Presents two options as the only ones when more exist, or one option as the only possible one.",
        ["Consequential_Oversimplification"] = "Claims that a first step will inevitably lead to a chain of (usually dire) consequences: a slippery slope.",
        ["Straw_Man"] = "Replaces the opponent's position with a distorted, weaker one and refutes that instead.",
        ["Red_Herring"] = "Diverts attention from the issue by introducing an irrelevant topic.",
        ["Whataboutism"] = "Deflects criticism by pointing to a wrong of the critic or someone else, without answering it.",
        ["Slogans"] = "A short, striking phrase that replaces argument with a memorable formula, often a call to act.",
        ["Conversation_Killer"] = "Words that discourage critical thought and end the discussion ('enough said', 'it is what it is').",
        ["Appeal_to_Time"] = "Argues that the moment to act is now, that time is running out, as a reason in itself.",
        ["Loaded_Language"] = "Words and phrases with strong emotional connotations used to sway the reader rather than inform.",
        ["Obfuscation-Vagueness-Confusion"] = "Deliberately unclear wording that lets the reader read in what they want, or avoids a commitment.",
        ["Exaggeration-Minimisation"] = "Makes something seem much larger, better or worse than it is, or downplays it as trivial.",
        ["Repetition"] = "Repeats the same word, phrase or idea so that the reader comes to accept it.",
    };

    /// <summary>The definition of a technique label, or an empty string for a label outside the taxonomy.</summary>
    public static string Of(string technique) => Definitions.GetValueOrDefault(technique, string.Empty);
}
