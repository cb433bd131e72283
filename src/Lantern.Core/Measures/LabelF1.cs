namespace Lantern.Measures;

/// <summary>
/// The figures of one label: how many gold and predicted units carry it, how many agree, and
/// precision, recall and F1. <see cref="Counted"/> is false when the label took no part in the
/// macro average (see the measure that produced it).
/// </summary>
public sealed record LabelF1(
    string Label,
    int Gold,
    int Predicted,
    int Correct,
    double Precision,
    double Recall,
    double F1,
    bool Counted = true);
