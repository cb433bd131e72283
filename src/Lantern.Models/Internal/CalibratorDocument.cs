using System.Text.Json.Serialization;

namespace Lantern.Models.Internal;

/// <summary>One calibrator in <c>heads.json</c>: <c>platt</c> with <c>A</c> and <c>B</c>, or <c>isotonic</c> with knots <c>X</c> (logits) and <c>Y</c>.</summary>
internal sealed class CalibratorDocument
{
    public string Kind { get; set; } = string.Empty;

    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public float? A { get; set; }

    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public float? B { get; set; }

    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public float[]? X { get; set; }

    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public float[]? Y { get; set; }

    public static CalibratorDocument From(Calibrator c) => c.Kind switch
    {
        CalibratorKind.Platt => new CalibratorDocument { Kind = "platt", A = c.A, B = c.B },
        CalibratorKind.Isotonic => new CalibratorDocument { Kind = "isotonic", X = c.X, Y = c.Y },
        _ => new CalibratorDocument { Kind = "identity" },
    };

    public Calibrator ToCalibrator() => Kind switch
    {
        "platt" when A is { } a && B is { } b => Calibrator.Platt(a, b),
        "isotonic" when X is { } x && Y is { } y => Calibrator.Isotonic(x, y),
        "identity" => Calibrator.Identity,
        _ => throw new InvalidDataException($"calibrator '{Kind}' is unknown or incomplete"),
    };
}
