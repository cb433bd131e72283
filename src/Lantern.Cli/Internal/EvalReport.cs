namespace Lantern.Cli.Internal;

/// <summary>
/// The JSON object <c>lantern eval</c> prints (snake_case keys). <see cref="F1"/> is always the official
/// measure of the task; the other fields say how it was reached. Null fields are left out.
/// </summary>
internal sealed record EvalReport
{
    public required string Task { get; init; }

    public required string Official { get; init; }

    public required double F1 { get; init; }

    public double? Precision { get; init; }

    public double? Recall { get; init; }

    public double? MicroF1 { get; init; }

    public double? MacroF1 { get; init; }

    public double? F1Blind { get; init; }

    public double? PrecisionBlind { get; init; }

    public double? RecallBlind { get; init; }

    public int? Units { get; init; }

    public int? Articles { get; init; }

    public int? GoldSpans { get; init; }

    public int? PredictedSpans { get; init; }

    public int? MissingPredictions { get; init; }

    public required int IgnoredPredictions { get; init; }

    public required string Gold { get; init; }

    public required string Pred { get; init; }

    public required IReadOnlyList<EvalLabel> PerLabel { get; init; }
}
