namespace Lantern.Models.Internal;

/// <summary>How a <see cref="Calibrator"/> maps raw scores: unchanged (heads older than format 5), Platt scaling, or isotonic.</summary>
internal enum CalibratorKind
{
    Identity,
    Platt,
    Isotonic,
}
