namespace Lantern.Taxonomy;

/// <summary>
/// Definitions and example sentences for every label of <see cref="Labels"/>: the 23 techniques, 14 frames
/// and 3 genres, in the same order. The wording is Lantern's own (after the SemEval-2023 Task 3 guidelines);
/// the examples are invented sentences, not quotes from any article.
/// </summary>
public static class TechniqueDescriptions
{
    public static IReadOnlyList<LabelDescription> Techniques { get; } =
    [
        new("Name_Calling-Labeling", "Name calling or labelling", "NC",
            "Attaches an insulting, loaded or admiring label to a person or group so the label does the arguing.",
            "The so-called experts from the ivory tower want to tell you how to raise your children."),
        new("Guilt_by_Association", "Guilt by association", "GA",
            "Discredits someone by linking them to a person, group or idea the reader already despises.",
            "Her plan to ration fuel is exactly what the old regime did before it collapsed."),
        new("Doubt", "Doubt", "DO",
            "Questions the credibility of someone or something without offering evidence against it.",
            "Can we really trust a minister who has changed his mind twice this year?"),
        new("Appeal_to_Hypocrisy", "Appeal to hypocrisy", "AH",
            "Attacks a position by accusing its holder of not living by it, instead of answering the position.",
            "He lectures us about cutting emissions, yet he flies to every summit on a private jet."),
        new("Questioning_the_Reputation", "Questioning the reputation", "QR",
            "Undermines the character or record of the opponent, rather than the argument, with negative claims.",
            "The new auditor has never finished a single job she was given, so expect nothing from her report."),
        new("Flag_Waving", "Flag waving", "FW",
            "Justifies an idea by appealing to pride in, or the interests of, a nation or group.",
            "Any true patriot will support the new harbour, because it is what our country deserves."),
        new("Appeal_to_Authority", "Appeal to authority", "AA",
            "Presents a claim as true because an authority or expert said so, whether or not they are competent on it.",
            "A famous actor said the vaccine is unnecessary, so there is no need to get it."),
        new("Appeal_to_Popularity", "Appeal to popularity", "AP",
            "Argues that something is right or true because many or most people agree with it or do it.",
            "Millions of families already switched to the new tariff, so it must be the smart choice."),
        new("Appeal_to_Values", "Appeal to values", "AV",
            "Links an idea to values the audience holds dear, such as freedom, tradition or fairness, to win assent.",
            "Backing the farmers is simply about the honesty and hard work this region has always stood for."),
        new("Appeal_to_Fear-Prejudice", "Appeal to fear or prejudice", "AF",
            "Promotes or rejects an idea by stirring up fear of what might happen or prejudice against a group.",
            "If the bridge is not closed today, the next bus that crosses it may never reach the other side."),
        new("Causal_Oversimplification", "Causal oversimplification", "CO",
            "Explains an outcome by one cause when several factors are at work.",
            "Prices went up the week the new mayor took office, so the mayor is to blame for inflation."),
        new("False_Dilemma-No_Choice", "False dilemma or no choice", "FD",
            "Presents two options as the only ones possible, or one option as the only one, when more exist.",
            "Either we build the stadium this year or the town will have no future at all."),
        new("Consequential_Oversimplification", "Consequential oversimplification", "CS",
            "Claims that a first step will set off a chain of events leading to an extreme outcome (slippery slope).",
            "Allow one food truck in the square today and tomorrow the whole old town will be a car park."),
        new("Straw_Man", "Straw man", "SM",
            "Replaces the opponent's position with a weaker or distorted version and then refutes that instead.",
            "My rival wants a small tax on sugar, which means she thinks you are too stupid to choose your own food."),
        new("Red_Herring", "Red herring", "RH",
            "Draws attention away from the issue under discussion with an irrelevant topic.",
            "Why worry about the missing funds when the new library has such lovely windows?"),
        new("Whataboutism", "Whataboutism", "WH",
            "Deflects criticism by pointing to a wrong by the accuser or someone else, without answering it.",
            "You complain about our delays, but what about the trains your party left rusting for a decade?"),
        new("Slogans", "Slogans", "SL",
            "Uses a brief, striking phrase that packs a judgement into something easy to repeat.",
            "Clean streets, safe streets: vote yes on Sunday!"),
        new("Conversation_Killer", "Conversation killer", "CK",
            "Uses a phrase that discourages further thought or discussion, such as a cliché or an appeal to move on.",
            "It is what it is, and there is nothing more to say about it."),
        new("Appeal_to_Time", "Appeal to time", "AT",
            "Pushes for action by insisting that the time has come or that it is about to run out.",
            "Tonight is our last chance to save the river; tomorrow will already be too late."),
        new("Loaded_Language", "Loaded language", "LL",
            "Uses words or phrases with strong emotional weight to sway the reader beyond what the facts say.",
            "The council's reckless, shameful gamble has left our schools in ruins."),
        new("Obfuscation-Vagueness-Confusion", "Obfuscation, vagueness or confusion", "OV",
            "Uses words so unclear that the reader can read into them whatever suits, avoiding a clear claim.",
            "Certain measures will be taken in due course to address the situation as appropriate."),
        new("Exaggeration-Minimisation", "Exaggeration or minimisation", "EM",
            "Makes something seem much larger, better or worse than it is, or plays down something serious.",
            "The tiny rise in parking fees is the worst attack on ordinary people in living memory."),
        new("Repetition", "Repetition", "RE",
            "Repeats the same word, phrase or idea again and again so that it sticks and feels true.",
            "They failed us on housing. They failed us on transport. They failed us on everything."),
    ];

    public static IReadOnlyList<LabelDescription> Frames { get; } =
    [
        new("Economic", "Economic", "ECO",
            "Costs, benefits, money and the economic consequences of an issue.",
            "The closure of the mill will cost the valley four hundred jobs and most of its tax income."),
        new("Capacity_and_resources", "Capacity and resources", "CAP",
            "Whether there are enough people, time, space or material to deal with the issue.",
            "The hospital has only twelve beds left and no nurses to staff a new ward."),
        new("Morality", "Morality", "MOR",
            "Right and wrong, duty, religious or ethical obligations.",
            "It is simply wrong to leave a neighbour without heating in the middle of winter."),
        new("Fairness_and_equality", "Fairness and equality", "FAI",
            "Whether people are treated equally and rewards or burdens are shared fairly.",
            "Why should renters pay the new levy while landlords are exempt?"),
        new("Legality_Constitutionality_and_jurisprudence", "Legality, constitutionality and jurisprudence", "LEG",
            "Laws, rights, court rulings and whether an action is legal or constitutional.",
            "Lawyers say the curfew breaks the constitution's guarantee of free movement."),
        new("Policy_prescription_and_evaluation", "Policy prescription and evaluation", "POL",
            "Specific policies proposed to deal with the issue and whether they work.",
            "The pilot scheme of free buses cut traffic by a fifth and should be extended to every district."),
        new("Crime_and_punishment", "Crime and punishment", "CRI",
            "Breaking the law, enforcement, sentencing and punishment.",
            "The smugglers were caught at dawn and face up to ten years in prison."),
        new("Security_and_defense", "Security and defence", "SEC",
            "Threats to a community or country and the means of protecting it.",
            "Border posts were reinforced after drones were spotted over the power plant."),
        new("Health_and_safety", "Health and safety", "HEA",
            "Health care, disease, injury and public safety.",
            "Doctors warn that the smog over the city doubles the risk of asthma attacks in children."),
        new("Quality_of_life", "Quality of life", "QUA",
            "The effects of an issue on people's everyday well-being, comfort and opportunities.",
            "Since the new park opened, families finally have somewhere green to spend their evenings."),
        new("Cultural_identity", "Cultural identity", "CUL",
            "Traditions, language, customs and values of a social group or nation.",
            "The harvest festival has defined who we are in this valley for three hundred years."),
        new("Public_opinion", "Public opinion", "PUB",
            "What the public thinks: polls, protests, popular moods and reactions.",
            "A new poll shows two thirds of voters now oppose the motorway."),
        new("Political", "Political", "POLI",
            "Parties, politicians, elections, political manoeuvring and power.",
            "The opposition hopes the vote will split the governing coalition before the election."),
        new("External_regulation_and_reputation", "External regulation and reputation", "EXT",
            "How a country or group is seen abroad, and its relations with other countries or international bodies.",
            "The ruling has damaged the country's standing with its trade partners in the union."),
    ];

    public static IReadOnlyList<LabelDescription> Genres { get; } =
    [
        new("opinion", "Opinion", "OP",
            "Argues for a point of view: editorials, columns, commentary.",
            "The council was wrong to cut the parks budget, and it should reverse the decision."),
        new("reporting", "Reporting", "RP",
            "Informs about events in a mostly neutral voice, attributing claims to sources.",
            "The council voted six to three on Tuesday to cut the parks budget, a spokesperson said."),
        new("satire", "Satire", "SA",
            "Mocks people or events through irony and exaggeration, often as a fake news story.",
            "Council saves money by replacing all park benches with pictures of benches."),
    ];

    /// <summary>The description of a technique, frame or genre label; null when the label is not in the taxonomy.</summary>
    public static LabelDescription? Find(string label)
    {
        ArgumentNullException.ThrowIfNull(label);
        foreach (var list in new[] { Techniques, Frames, Genres })
        {
            foreach (var d in list)
            {
                if (string.Equals(d.Label, label, StringComparison.Ordinal))
                {
                    return d;
                }
            }
        }

        return null;
    }
}
