using System.Globalization;
using Lantern.Cli.Commands;
using Lantern.Errors;
using Lantern.Store;
using Lantern.Taxonomy;

namespace Lantern.Cli.Internal;

/// <summary>The <see cref="CorpusFilter"/> of the filter options, each value checked against the taxonomy.</summary>
internal static class CorpusFilters
{
    public static CorpusFilter From(CorpusFilterSettings settings) => new()
    {
        Technique = settings.Technique is null ? null : Technique("--technique", settings.Technique),
        Frame = settings.Frame is null ? null : Frame("--frame", settings.Frame),
        Genre = settings.Genre is null ? null : OptionValues.OneOf("--genre", settings.Genre, string.Empty, [.. Labels.Genres]),
        Source = string.IsNullOrWhiteSpace(settings.Source) ? null : settings.Source.Trim(),
        Language = string.IsNullOrWhiteSpace(settings.Lang) ? null : settings.Lang.Trim().ToLowerInvariant(),
        From = Date("--from", settings.From),
        To = Date("--to", settings.To),
        MinConfidence = settings.MinConfidence is null ? null : Models.ConfidencePresets.ParseMinConfidence("--min-confidence", settings.MinConfidence),
        Voice = settings.Voice is null ? VoiceFilter.All : VoiceFilters.Parse(settings.Voice) ?? throw LanternErrors.UnknownValue("--voice", settings.Voice, VoiceFilters.Names),
    };

    public static string Technique(string option, string value) =>
        Labels.NormalizeTechnique(value)
        ?? Labels.TechniqueLabels.FirstOrDefault(t => string.Equals(t, value.Trim(), StringComparison.OrdinalIgnoreCase))
        ?? throw LanternErrors.UnknownValue(option, value, Labels.TechniqueLabels);

    private static string Frame(string option, string value) =>
        Labels.Frames.FirstOrDefault(f => string.Equals(f, value.Trim(), StringComparison.OrdinalIgnoreCase))
        ?? throw LanternErrors.UnknownValue(option, value, Labels.Frames);

    private static DateOnly? Date(string option, string? value)
    {
        if (string.IsNullOrWhiteSpace(value))
        {
            return null;
        }

        return DateOnly.TryParseExact(value.Trim(), "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var date)
            ? date
            : throw LanternErrors.Usage($"{option}: '{value}' is not a date (yyyy-mm-dd)");
    }
}
