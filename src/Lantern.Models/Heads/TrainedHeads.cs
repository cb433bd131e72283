using Lantern.Documents;
using Lantern.Errors;
using Lantern.Models.Internal;
using Lantern.Taxonomy;

namespace Lantern.Models.Heads;

/// <summary>
/// The trained heads shipped in <c>models/</c>: a token-level span tagger, paragraph technique
/// classifiers stacked on it, a class-balanced genre classifier and frame classifiers, all linear over
/// MiniLM token states and language-independent lexical features. Load once with <see cref="Load"/>; thread-safe.
/// Every score they report is a probability calibrated on out-of-fold scores (heads of format 5; older heads
/// report raw scores, <see cref="Calibrated"/> false); decisions are taken on the raw scores, so a label is
/// selected exactly when its calibrated probability reaches its calibrated threshold.
/// </summary>
public sealed class TrainedHeads : IArticleHeads
{
    private readonly HeadsModel model;
    private readonly HeadsModel decisions;

    private TrainedHeads(HeadsModel model, string version, ConfidencePreset preset)
    {
        this.model = model;
        Version = version;
        Preset = preset;
        var thresholds = preset switch
        {
            ConfidencePreset.HighPrecision => model.Calibration.HighPrecision,
            ConfidencePreset.HighRecall => model.Calibration.HighRecall,
            _ => null,
        };
        if (preset != ConfidencePreset.Balanced && thresholds is null)
        {
            throw LanternErrors.PresetUnavailable(version, ConfidencePresets.Name(preset));
        }

        decisions = thresholds is null
            ? model
            : model with { ParagraphThresholds = thresholds.Paragraph, FrameThresholds = thresholds.Frames, SpanThresholds = thresholds.Spans };
    }

    /// <summary>A hash of the model files (which include the training settings).</summary>
    public string Version { get; }

    /// <summary>The thresholds these heads decide with.</summary>
    public ConfidencePreset Preset { get; }

    /// <summary>Whether the scores are calibrated probabilities (heads of format 5 and later).</summary>
    public bool Calibrated => model.Calibration.Calibrated;

    /// <summary>The training settings recorded in the model folder.</summary>
    public IReadOnlyDictionary<string, string> Settings => model.Settings;

    /// <summary>The <c>encoderName</c> training setting; heads trained before it was recorded ran on the fp32 graph.</summary>
    public string? Encoder => model.Settings.TryGetValue("encoderName", out var name) ? name : "all-MiniLM-L6-v2";

    /// <summary>Languages with their own balanced thresholds (ISO 639-1); the thresholds below are those of every other language.</summary>
    public IReadOnlyList<string> ThresholdLanguages => [.. model.LanguageThresholds.Keys.Order(StringComparer.Ordinal)];

    /// <summary>Calibrated decision thresholds of the paragraph techniques (taxonomy order; above 1: never selected).</summary>
    public IReadOnlyList<double> ParagraphThresholds => [.. decisions.ParagraphThresholds.Select((t, k) => (double)model.Calibration.Paragraph[k].Threshold(t))];

    /// <summary>Calibrated decision thresholds of the frames (taxonomy order; above 1: never selected).</summary>
    public IReadOnlyList<double> FrameThresholds => [.. decisions.FrameThresholds.Select((t, k) => (double)model.Calibration.Frames[k].Threshold(t))];

    /// <summary>Calibrated decision thresholds of the span techniques (taxonomy order; above 1: never found).</summary>
    public IReadOnlyList<double> SpanThresholds => [.. decisions.SpanThresholds.Select((t, k) => (double)model.Calibration.Spans[k].Threshold(t))];

    /// <summary>Reads a model folder written by <c>lantern train</c>; a missing or damaged file gives a <see cref="Errors.ModelException"/> naming it.</summary>
    public static TrainedHeads Load(string directory)
    {
        var (model, version) = ModelFiles.Load(directory);
        return new TrainedHeads(model, version, ConfidencePreset.Balanced);
    }

    internal static TrainedHeads FromModel(HeadsModel model, string version) => new(model, version, ConfidencePreset.Balanced);

    /// <summary>The same heads deciding with the thresholds of <paramref name="preset"/> (a <see cref="ModelException"/> for heads without presets).</summary>
    public IArticleHeads WithPreset(ConfidencePreset preset) => preset == Preset ? this : new TrainedHeads(model, Version, preset);

    public HeadPredictions Predict(ArticleDocument document, IReadOnlyList<TokenStates> paragraphStates, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(document);
        ArgumentNullException.ThrowIfNull(paragraphStates);
        if (paragraphStates.Count != document.Paragraphs.Count)
        {
            throw new ArgumentException($"{paragraphStates.Count} token states for {document.Paragraphs.Count} paragraphs", nameof(paragraphStates));
        }

        var calibration = model.Calibration;
        // Balanced decisions use the article's language's own thresholds where the heads have them; presets are shared by all languages.
        var decisions = Preset == ConfidencePreset.Balanced ? this.decisions.ForLanguage(document.Language.Code) : this.decisions;
        var output = HeadsRunner.Run(decisions, new ArticleInput(document.Text, paragraphStates, document.Language.Code), cancellationToken);
        var best = model.GenreDecision(output.Genres);
        var genreScores = calibration.Genre(model.GenreScores(output.Genres));
        var genres = Labels.Genres.Select((g, i) => new LabelScore(g, genreScores[i], i == best)).ToArray();
        var frames = Labels.Frames.Select((f, i) => new LabelScore(f, calibration.Frames[i].Reported(output.Frames[i], decisions.FrameThresholds[i]), output.Frames[i] >= decisions.FrameThresholds[i])).ToArray();
        var paragraphs = output.ParagraphTechniques
            .Select(p => (IReadOnlyList<LabelScore>)[.. Labels.TechniqueLabels.Select((t, i) => new LabelScore(t, calibration.Paragraph[i].Reported(p[i], decisions.ParagraphThresholds[i]), p[i] >= decisions.ParagraphThresholds[i]))])
            .ToArray();
        // A span's raw score is its run's highest word-piece probability, at or above the threshold by construction.
        var spans = output.Spans
            .OrderBy(s => s.Span.Start).ThenBy(s => s.Span.End).ThenBy(s => s.Technique)
            .Select(s => new SpanPrediction(Labels.TechniqueLabels[s.Technique], s.Span, calibration.Spans[s.Technique].Reported(s.Score, decisions.SpanThresholds[s.Technique])))
            .ToArray();
        return new HeadPredictions(Version, genres, frames, paragraphs, spans);
    }
}
