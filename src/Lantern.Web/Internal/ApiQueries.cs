using Lantern.Models;
using Lantern.Store;
using Lantern.Taxonomy;

namespace Lantern.Web.Internal;

/// <summary>The query parameters of the API routes, each declared once with its type, values and meaning.</summary>
internal static class ApiQueries
{
    public static QueryParameter MinConfidence(string what) => new(ConfidenceQuery.MinConfidenceName, "number", what) { Minimum = 0, Maximum = 1 };

    public static QueryParameter Preset { get; } = new(
        ConfidenceQuery.PresetName, "string",
        "The decision thresholds of the calibrated heads (default balanced; see models/MODEL_CARD.md, \"Calibrated confidence\").")
    {
        Values = ConfidencePresets.Names,
    };

    /// <summary><c>/api/analyze</c>: the article is analysed now, so any preset applies.</summary>
    public static DeclaredQuery Analyze { get; } = new(
    [
        MinConfidence("Keep only findings whose calibrated probability is at least this (0 to 1; default 0: every finding)."),
        Preset,
    ]);

    /// <summary><c>/api/explain</c>: the analysis is made again, with the preset the explained one was made with.</summary>
    public static DeclaredQuery Explain { get; } = new(
    [
        Preset with { Description = "The preset the explained analysis was made with (default balanced), so that a finding only its thresholds select is found again." },
    ]);

    /// <summary><c>/api/articles/{id}</c>: stored analyses were decided with the balanced thresholds.</summary>
    public static DeclaredQuery Article { get; } = new(
    [
        MinConfidence("Keep only stored findings whose calibrated probability is at least this (0 to 1), filtered at query time."),
        new(ConfidenceQuery.PresetName, "string",
            "Stored analyses keep the balanced decisions: only balanced is accepted; another preset is a 400 (it would need the article analysed again).")
        {
            Values = [ConfidencePresets.Name(ConfidencePreset.Balanced)],
        },
    ]);

    /// <summary>The corpus filters of search, stats and compare (as the CLI's <c>search</c>, <c>stats</c>, <c>compare</c> options).</summary>
    public static IReadOnlyList<QueryParameter> Filters { get; } =
    [
        new("technique", "string", "Only articles with at least one span of this technique (a label of GET /api/techniques).") { Values = Labels.TechniqueLabels },
        new("frame", "string", "Only articles whose frames include this one.") { Values = Labels.Frames },
        new("genre", "string", "Only articles of this genre.") { Values = Labels.Genres },
        new("source", "string", "Only articles of this source (the name or domain stored with them)."),
        new("lang", "string", "Only articles in this language (a code such as en)."),
        new("from", "string", "Only articles published on or after this day (yyyy-mm-dd).") { Format = "date" },
        new("to", "string", "Only articles published on or before this day (yyyy-mm-dd).") { Format = "date" },
        MinConfidence("Count only spans whose calibrated probability is at least this (0 to 1)."),
        new("voice", "string",
            "Count only spans in this voice: all (default), author (the author's own words) or quoted (quoted or reported speech); see docs/CORPUS.md.")
        {
            Values = VoiceFilters.Names,
        },
    ];

    public static DeclaredQuery Search(int maxPageSize) => new(
    [
        new("q", "string", "The words to search for; every word must occur (full-text search, best first).") { Required = true },
        new("page", "integer", "The page of results, from 1 (page × pageSize may not pass 1000).") { Minimum = 1 },
        new("pageSize", "integer", "Results per page (default 20).") { Minimum = 1, Maximum = maxPageSize },
        .. Filters,
    ]);

    public static DeclaredQuery Stats { get; } = new(
    [
        new("by", "string", "How rows are grouped (default source).") { Values = ["source", "month", "week", "technique", "frame", "genre"] },
        .. Filters,
    ]);

    public static DeclaredQuery Compare { get; } = new(
    [
        new("a", "string", "The first source.") { Required = true },
        new("b", "string", "The second source.") { Required = true },
        .. Filters.Where(f => f.Name != "source"),
    ]);
}
