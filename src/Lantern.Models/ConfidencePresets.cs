using Lantern.Errors;

namespace Lantern.Models;

/// <summary>The names of <see cref="ConfidencePreset"/> on the command line and in the API, and their validation.</summary>
public static class ConfidencePresets
{
    public static IReadOnlyList<string> Names { get; } = ["balanced", "high-precision", "high-recall"];

    public static string Name(ConfidencePreset preset) => Names[(int)preset];

    /// <summary>Parses a preset name (case-insensitive); anything else is a <see cref="UsageException"/> naming <paramref name="option"/>.</summary>
    public static ConfidencePreset Parse(string option, string value)
    {
        for (var i = 0; i < Names.Count; i++)
        {
            if (string.Equals(Names[i], value?.Trim(), StringComparison.OrdinalIgnoreCase))
            {
                return (ConfidencePreset)i;
            }
        }

        throw LanternErrors.UnknownValue(option, value ?? string.Empty, Names);
    }

    /// <summary>
    /// Checks a minimum confidence: a probability in [0, 1]; anything else (NaN included) is a <see cref="UsageException"/>
    /// naming <paramref name="option"/>.
    /// </summary>
    public static double CheckMinConfidence(string option, double value)
    {
        if (!(value is >= 0 and <= 1))
        {
            throw LanternErrors.ConfidenceOutOfRange(option, value.ToString(System.Globalization.CultureInfo.InvariantCulture));
        }

        return value;
    }

    /// <summary>Parses and checks a minimum confidence given as text (invariant culture: <c>0.7</c>).</summary>
    public static double ParseMinConfidence(string option, string value)
    {
        if (!double.TryParse(value, System.Globalization.NumberStyles.Float, System.Globalization.CultureInfo.InvariantCulture, out var parsed))
        {
            throw LanternErrors.ConfidenceOutOfRange(option, value ?? string.Empty);
        }

        return CheckMinConfidence(option, parsed);
    }
}
