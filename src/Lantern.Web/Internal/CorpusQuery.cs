using System.Globalization;
using Lantern.Store;
using Lantern.Taxonomy;
using Microsoft.AspNetCore.Http;

namespace Lantern.Web.Internal;

/// <summary>
/// Reads and checks the query parameters of the corpus routes: an unknown name, a repeated one or a bad value is a
/// 400 problem with one line naming the parameter. The filter values are checked against the taxonomy like the CLI's.
/// </summary>
internal static class CorpusQuery
{
    public static void AllowOnly(IQueryCollection query, params string[] names)
    {
        foreach (var (key, values) in query)
        {
            if (!names.Contains(key, StringComparer.Ordinal))
            {
                throw Bad(names.Length == 0
                    ? $"unknown query parameter '{Clip(key)}' (this route takes none)"
                    : $"unknown query parameter '{Clip(key)}' (allowed: {string.Join(", ", names)})");
            }

            if (values.Count > 1)
            {
                throw Bad($"{key}: given {values.Count} times; give it once");
            }
        }
    }

    public static string? Text(IQueryCollection query, string name, int maxLength = 200)
    {
        var value = query.TryGetValue(name, out var values) ? values.ToString().Trim() : null;
        if (string.IsNullOrEmpty(value))
        {
            return null;
        }

        return value.Length > maxLength ? throw Bad($"{name}: longer than {maxLength} characters") : value;
    }

    public static CorpusFilter Filter(IQueryCollection query)
    {
        var from = Date(query, "from");
        var to = Date(query, "to");
        if (from is { } f && to is { } t && f > t)
        {
            throw Bad($"from: {f:yyyy-MM-dd} is after to: {t:yyyy-MM-dd}");
        }

        var lang = Text(query, "lang", 16)?.ToLowerInvariant();
        if (lang is not null && !lang.All(c => c is (>= 'a' and <= 'z') or '-'))
        {
            throw Bad($"lang: '{Clip(lang)}' is not a language code (e.g. en)");
        }

        return new CorpusFilter
        {
            Technique = Technique(query, "technique"),
            Frame = OneOf(query, "frame", Labels.Frames),
            Genre = OneOf(query, "genre", Labels.Genres),
            Source = Text(query, "source"),
            Language = lang,
            From = from,
            To = to,
            MinConfidence = MinConfidence(query),
            Voice = Voice(query),
        };
    }

    private static VoiceFilter Voice(IQueryCollection query)
    {
        var value = Text(query, "voice", 40);
        return value is null
            ? VoiceFilter.All
            : VoiceFilters.Parse(value) ?? throw Bad($"voice: '{Clip(value)}' is not one of {string.Join(", ", VoiceFilters.Names)}");
    }

    private static double? MinConfidence(IQueryCollection query)
    {
        var value = Text(query, ConfidenceQuery.MinConfidenceName, 40);
        try
        {
            return value is null ? null : Models.ConfidencePresets.ParseMinConfidence(ConfidenceQuery.MinConfidenceName, value);
        }
        catch (Errors.UsageException e)
        {
            throw Bad(e.Message);
        }
    }

    public static string? Technique(IQueryCollection query, string name)
    {
        var value = Text(query, name, 100);
        if (value is null)
        {
            return null;
        }

        return Labels.NormalizeTechnique(value)
            ?? Labels.TechniqueLabels.FirstOrDefault(t => string.Equals(t, value, StringComparison.OrdinalIgnoreCase))
            ?? throw Bad($"{name}: unknown technique '{Clip(value)}' (see GET /api/techniques)");
    }

    public static int Int(IQueryCollection query, string name, int fallback, int min, int max)
    {
        var value = Text(query, name, 12);
        if (value is null)
        {
            return fallback;
        }

        if (!int.TryParse(value, NumberStyles.None, CultureInfo.InvariantCulture, out var number) || number < min || number > max)
        {
            throw Bad($"{name}: '{Clip(value)}' is not a whole number from {min} to {max}");
        }

        return number;
    }

    public static StatsDimension Dimension(IQueryCollection query, string name)
    {
        var value = Text(query, name, 20) ?? "source";
        return Enum.TryParse<StatsDimension>(value, ignoreCase: true, out var by) && Enum.IsDefined(by) && !char.IsDigit(value[0])
            ? by
            : throw Bad($"{name}: '{Clip(value)}' is not one of source, month, week, technique, frame, genre");
    }

    public static ApiProblemException Bad(string detail) => new(StatusCodes.Status400BadRequest, "Bad request", detail);

    private static string? OneOf(IQueryCollection query, string name, IReadOnlyList<string> allowed)
    {
        var value = Text(query, name, 100);
        if (value is null)
        {
            return null;
        }

        return allowed.FirstOrDefault(a => string.Equals(a, value, StringComparison.OrdinalIgnoreCase))
            ?? throw Bad($"{name}: unknown value '{Clip(value)}' (one of {string.Join(", ", allowed)})");
    }

    private static DateOnly? Date(IQueryCollection query, string name)
    {
        var value = Text(query, name, 20);
        if (value is null)
        {
            return null;
        }

        return DateOnly.TryParseExact(value, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var date)
            ? date
            : throw Bad($"{name}: '{Clip(value)}' is not a date (yyyy-mm-dd)");
    }

    // Echoed values are cut short and kept on one line, so a hostile parameter cannot flood the answer.
    private static string Clip(string value)
    {
        var line = value.ReplaceLineEndings(" ");
        return line.Length > 40 ? line[..40] + "…" : line;
    }
}
