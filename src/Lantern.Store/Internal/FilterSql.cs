using System.Data.Common;

namespace Lantern.Store.Internal;

/// <summary>
/// The WHERE conditions of a <see cref="CorpusFilter"/>, shared by both dialects. The query must name the
/// article <c>a</c> and its current analysis <c>an</c>; every value goes in as a parameter.
/// </summary>
internal static class FilterSql
{
    public static string Conditions(CorpusFilter filter, DbCommand command, Func<DateTimeOffset, object> time)
    {
        var conditions = new List<string>();
        if (filter.Technique is { } technique)
        {
            conditions.Add($"EXISTS (SELECT 1 FROM spans fx WHERE fx.analysis_id = an.id AND fx.technique = @f_technique{SpanConditions(filter, command, "fx")})");
            command.With("f_technique", technique);
        }

        if (filter.Frame is { } frame)
        {
            conditions.Add($"EXISTS (SELECT 1 FROM frames ff WHERE ff.analysis_id = an.id AND ff.frame = @f_frame{SpanScore(filter, command, "ff")})");
            command.With("f_frame", frame);
        }

        if (filter.Genre is { } genre)
        {
            conditions.Add("an.genre = @f_genre");
            command.With("f_genre", genre);
        }

        if (filter.Source is { } source)
        {
            // One IN list (the value itself and the domains of the sources so named), not "a.source = @f_source OR
            // a.source IN (...)": with the OR, SQLite misjudged how many articles match and for --by frame began from
            // every frame row, reading each one's article (a scan of one source's frames with a threshold at 100k
            // articles: 0.78–0.88 s so, 0.20–0.30 s from the source's articles; sqlite3 shell).
            conditions.Add("a.source IN (SELECT @f_source UNION SELECT s.domain FROM sources s WHERE s.name = @f_source)");
            command.With("f_source", source);
        }

        if (filter.Language is { } language)
        {
            conditions.Add("a.language = @f_language");
            command.With("f_language", language);
        }

        if (filter.From is { } from)
        {
            conditions.Add("a.published >= @f_from");
            command.With("f_from", time(new DateTimeOffset(from, TimeOnly.MinValue, TimeSpan.Zero)));
        }

        if (filter.To is { } to)
        {
            conditions.Add("a.published < @f_to");
            command.With("f_to", time(new DateTimeOffset(to.AddDays(1), TimeOnly.MinValue, TimeSpan.Zero)));
        }

        return conditions.Count == 0 ? string.Empty : " AND " + string.Join(" AND ", conditions);
    }

    /// <summary>
    /// The conditions on the spans of table alias <paramref name="alias"/>: <see cref="SpanScore"/> and the voice of
    /// <see cref="CorpusFilter.Voice"/>, starting with " AND "; empty when the filter has neither.
    /// </summary>
    public static string SpanConditions(CorpusFilter filter, DbCommand command, string alias) =>
        SpanScore(filter, command, alias) + filter.Voice switch
        {
            // Constants, not parameters: the three values are fixed names, and NULL (a span stored without a voice)
            // matches neither, so an old corpus counts nothing rather than guessing.
            VoiceFilter.Author => $" AND {alias}.voice = 'author'",
            VoiceFilter.Quoted => $" AND {alias}.voice IN ('quoted', 'reported')",
            _ => string.Empty,
        };

    /// <summary>
    /// The condition keeping only findings of table alias <paramref name="alias"/> (spans or frames) whose score reaches
    /// <see cref="CorpusFilter.MinConfidence"/>, starting with " AND "; empty when the filter has none.
    /// </summary>
    public static string SpanScore(CorpusFilter filter, DbCommand command, string alias)
    {
        if (filter.MinConfidence is not { } min || min <= 0)
        {
            return string.Empty;
        }

        if (!command.Parameters.Contains("f_min"))
        {
            command.With("f_min", min);
        }

        return $" AND {alias}.score >= @f_min";
    }
}
