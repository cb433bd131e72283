namespace Lantern.Measures.Internal;

/// <summary>
/// Counts gold, predicted and correct (unit, label) pairs for a fixed label set and turns them
/// into micro and macro figures. The two conventions differ only in how a division by zero
/// (a label nobody used) is settled, so the official scorers' behaviours are kept exactly.
/// </summary>
internal sealed class Tally
{
    private readonly IReadOnlyList<string> labels;
    private readonly int[] gold;
    private readonly int[] predicted;
    private readonly int[] correct;
    private readonly Dictionary<string, int> index;

    public Tally(IReadOnlyList<string> labels)
    {
        this.labels = labels;
        gold = new int[labels.Count];
        predicted = new int[labels.Count];
        correct = new int[labels.Count];
        index = new Dictionary<string, int>(StringComparer.Ordinal);
        for (var i = 0; i < labels.Count; i++)
        {
            index[labels[i]] = i;
        }
    }

    public bool Knows(string label) => index.ContainsKey(label);

    /// <summary>Adds one unit: its gold labels and its predicted labels (each a set).</summary>
    public void Add(IReadOnlySet<string> goldLabels, IReadOnlySet<string> predictedLabels)
    {
        foreach (var l in goldLabels)
        {
            gold[index[l]]++;
            if (predictedLabels.Contains(l))
            {
                correct[index[l]]++;
            }
        }

        foreach (var l in predictedLabels)
        {
            predicted[index[l]]++;
        }
    }

    /// <param name="zeroDivision">The value of a precision, recall or F1 whose denominator is zero.</param>
    /// <param name="macroOverUsedLabelsOnly">Leave labels with no gold and no prediction out of the macro average.</param>
    public ClassificationScore Score(double zeroDivision, bool macroOverUsedLabelsOnly, int units, int missing, int ignored)
    {
        var perLabel = new List<LabelF1>(labels.Count);
        double macroSum = 0;
        var macroCount = 0;
        for (var i = 0; i < labels.Count; i++)
        {
            var fp = predicted[i] - correct[i];
            var fn = gold[i] - correct[i];
            var used = gold[i] + predicted[i] > 0;
            var f1 = Ratio(2.0 * correct[i], (2.0 * correct[i]) + fp + fn, zeroDivision);
            var counted = used || !macroOverUsedLabelsOnly;
            perLabel.Add(new LabelF1(
                labels[i],
                gold[i],
                predicted[i],
                correct[i],
                Ratio(correct[i], predicted[i], zeroDivision),
                Ratio(correct[i], gold[i], zeroDivision),
                f1,
                counted));
            if (counted)
            {
                macroSum += f1;
                macroCount++;
            }
        }

        double tp = correct.Sum();
        double allPredicted = predicted.Sum();
        double allGold = gold.Sum();
        return new ClassificationScore(
            Ratio(tp, allPredicted, zeroDivision),
            Ratio(tp, allGold, zeroDivision),
            Ratio(2 * tp, allPredicted + allGold, zeroDivision),
            macroCount == 0 ? zeroDivision : macroSum / macroCount,
            perLabel,
            units,
            missing,
            ignored);
    }

    internal static double Ratio(double numerator, double denominator, double zeroDivision) =>
        denominator == 0 ? zeroDivision : numerator / denominator;
}
