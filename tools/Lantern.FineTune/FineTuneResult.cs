namespace Lantern.FineTune;

/// <summary>
/// What a fine-tuning run did: the graph written, the steps taken, the mean training loss of the first and last tenth
/// of the steps, the held-out loss before and after (null without held-out texts), the wall time and the name the encoder loaded
/// from the written graph reports (what heads trained on it record, at fp32; INT8 adds <c>-int8</c>).
/// </summary>
public sealed record FineTuneResult(
    string OutputPath,
    int Steps,
    int TrainingWindows,
    double FirstLoss,
    double LastLoss,
    double? HeldOutLossBefore,
    double? HeldOutLossAfter,
    TimeSpan Duration,
    string EncoderName);
