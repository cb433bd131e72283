namespace Lantern.Measures;

/// <summary>Precision and recall of one class over sentences: true positives, predicted and gold counts.</summary>
public sealed record ClassPrecisionRecall(string Label, int TruePositives, int Predicted, int Gold)
{
    public double Precision => Predicted == 0 ? 0 : (double)TruePositives / Predicted;

    public double Recall => Gold == 0 ? 0 : (double)TruePositives / Gold;

    public double F1 => Precision + Recall == 0 ? 0 : 2 * Precision * Recall / (Precision + Recall);
}
