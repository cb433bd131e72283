namespace Lantern.Store;

/// <summary>
/// Which analysed articles a query looks at; every criterion is optional and they combine with AND.
/// <see cref="Source"/> matches an article's source domain or a source's name; <see cref="To"/> is inclusive (a day).
/// </summary>
public sealed record CorpusFilter
{
    public string? Technique { get; init; }

    public string? Frame { get; init; }

    public string? Genre { get; init; }

    public string? Source { get; init; }

    public string? Language { get; init; }

    public DateOnly? From { get; init; }

    public DateOnly? To { get; init; }

    /// <summary>
    /// Count only findings (spans, and the frames and techniques filtered on) whose stored calibrated probability is at
    /// least this (0 to 1); null or 0: every stored finding. Analyses stored before calibration hold raw scores.
    /// </summary>
    public double? MinConfidence { get; init; }

    /// <summary>
    /// Count only spans (and, with <see cref="Technique"/>, match only spans) in this voice; <see cref="VoiceFilter.All"/>:
    /// every span. Frames belong to the whole article and are not filtered by voice.
    /// </summary>
    public VoiceFilter Voice { get; init; } = VoiceFilter.All;

    public static CorpusFilter None { get; } = new();
}
