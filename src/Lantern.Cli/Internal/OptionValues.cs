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

    public static int? Positive(string option, int? value) =>
        value is { } n && n < 1 ? throw LanternErrors.Usage($"{option}: must be at least 1, not {n}") : value;
}
