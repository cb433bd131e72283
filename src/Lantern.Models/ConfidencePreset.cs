namespace Lantern.Models;

/// <summary>
/// Which decision thresholds the heads use. <see cref="Balanced"/>: the thresholds tuned for F1 (the default);
/// <see cref="HighPrecision"/> and <see cref="HighRecall"/>: per label, thresholds chosen on out-of-fold scores
/// of the training articles for a target precision or recall (see models/MODEL_CARD.md for their measured figures).
/// </summary>
public enum ConfidencePreset
{
    Balanced,
    HighPrecision,
    HighRecall,
}
