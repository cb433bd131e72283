using Lantern.Actions;
using Lantern.Analysis.Explanations;
using Lantern.Languages;

namespace Lantern.Analysis;

/// <summary>
/// The immutable result of analysing one article. Every offset is a UTF-16 index into
/// <see cref="Text"/>, the article text exactly as read.
/// </summary>
public sealed record ArticleAnalysis
{
    public required string Id { get; init; }

    public string? Title { get; init; }

    public required LanguageGuess Language { get; init; }

    public required GenreResult Genre { get; init; }

    /// <summary>The selected frames, best first.</summary>
    public required IReadOnlyList<ScoredLabel> Frames { get; init; }

    public required IReadOnlyList<ParagraphAnalysis> Paragraphs { get; init; }

    /// <summary>Technique spans ordered by start, then length (longest first), then technique. Spans may overlap.</summary>
    public required IReadOnlyList<SpanFinding> Spans { get; init; }

    public required IReadOnlyList<AnalysisWarning> Warnings { get; init; }

    /// <summary>The encoder and heads that produced the result.</summary>
    public required string Model { get; init; }

    public required AnalysisTiming Timing { get; init; }

    /// <summary>The article text the offsets point into.</summary>
    public required string Text { get; init; }

    /// <summary>Sentences that call on someone to act, and the article-level flag (the author's own calls only).</summary>
    public CallToActionReport CallsToAction { get; init; } = CallToActionReport.None;

    /// <summary>One paragraph, written by template from the findings (no language model).</summary>
    public string Summary { get; init; } = string.Empty;

    /// <summary>Why each span was found (occlusion of its words); empty unless the analysis was asked to explain.</summary>
    public IReadOnlyList<SpanExplanation> Explanations { get; init; } = [];

    /// <summary>Why each paragraph technique label was given (occlusion of the paragraph's words); empty unless explained.</summary>
    public IReadOnlyList<ParagraphExplanation> ParagraphExplanations { get; init; } = [];

    /// <summary>
    /// One vector per span and per paragraph label, mean-pooled from the token states the analysis computed; stored with
    /// the analysis for nearest-neighbour search. Not part of the JSON; empty for analyses rebuilt from a store.
    /// </summary>
    [System.Text.Json.Serialization.JsonIgnore]
    public IReadOnlyList<Embeddings.PassageEmbedding> Embeddings { get; init; } = [];
}
