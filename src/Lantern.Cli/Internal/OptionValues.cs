using Lantern.Errors;

namespace Lantern.Cli.Internal;

/// <summary>Checks an option's value against the allowed ones, with the one-line usage error otherwise.</summary>
internal static class OptionValues
{
    public static string OneOf(string option, string? value, string fallback, params string[] allowed)
    {
        if (value is null)
        {
            return fallback;
        }

        var v = value.Trim().ToLowerInvariant();
        return allowed.Contains(v) ? v : throw LanternErrors.UnknownValue(option, value, allowed);
    }

    /// <summary><c>--precision int8|fp32</c>; null when the option is absent.</summary>
    public static Models.Encoding.EncoderPrecision? Precision(string? value) =>
        value is null ? null : OneOf("--precision", value, "int8", "int8", "fp32") == "int8" ? Models.Encoding.EncoderPrecision.Int8 : Models.Encoding.EncoderPrecision.Float32;

    public static int? Positive(string option, int? value) =>
        value is { } n && n < 1 ? throw LanternErrors.Usage($"{option}: must be at least 1, not {n}") : value;

    /// <summary>An <c>on|off</c> option (e.g. <c>--encoder-spinning</c>); null when the option is absent.</summary>
    public static bool? OnOff(string option, string? value) => value?.Trim().ToLowerInvariant() switch
    {
        null => null,
        "on" => true,
        "off" => false,
        _ => throw LanternErrors.Usage($"{option}: expected on or off, not '{value}'"),
    };

    public static int? NonNegative(string option, int? value) =>
        value is { } n && n < 0 ? throw LanternErrors.Usage($"{option}: must be 0 or more, not {n}") : value;
}
