namespace Lantern.Models.Internal;

/// <summary>Everything a trained set of heads consists of; written to and read from a model folder by <see cref="ModelFiles"/>.</summary>
internal sealed record HeadsModel(
    LinearModel Tagger,
    LinearModel Paragraph,
    LinearModel Genre,
    LinearModel Frames,
    float[] SpanThresholds,
    float[] ParagraphThresholds,
    float[] FrameThresholds,
    float[] GenreOffsets,
    IReadOnlyDictionary<string, string> Settings)
{
    /// <summary>Calibrators and preset thresholds (identity and none for heads of format 4 and older).</summary>
    public HeadsCalibration Calibration { get; init; } = HeadsCalibration.Identity(Taxonomy.Labels.TechniqueLabels.Count, Taxonomy.Labels.Frames.Count);

    /// <summary>
    /// Balanced thresholds tuned on one language's out-of-fold scores, by ISO 639-1 code (heads of format 6
    /// trained on several languages; empty otherwise). Languages without an entry use the thresholds above.
    /// </summary>
    public IReadOnlyDictionary<string, PresetThresholds> LanguageThresholds { get; init; } = new Dictionary<string, PresetThresholds>(StringComparer.Ordinal);

    /// <summary>These heads deciding with a language's own thresholds, when they have them; otherwise unchanged.</summary>
    public HeadsModel ForLanguage(string? language) =>
        language is not null && LanguageThresholds.TryGetValue(Languages.LanguageCodes.Normalize(language), out var t)
            ? this with { ParagraphThresholds = t.Paragraph, FrameThresholds = t.Frames, SpanThresholds = t.Spans }
            : this;

    /// <summary>The chosen genre: the highest log-probability plus its offset (offsets tuned on training folds for macro-F1).</summary>
    public int GenreDecision(float[] probabilities)
    {
        var best = 0;
        var bestScore = double.NegativeInfinity;
        for (var c = 0; c < probabilities.Length; c++)
        {
            var score = Math.Log(Math.Max(probabilities[c], 1e-12)) + GenreOffsets[c];
            if (score > bestScore)
            {
                best = c;
                bestScore = score;
            }
        }

        return best;
    }

    /// <summary>
    /// The genre probabilities with the decision offsets applied as a change of prior and renormalised,
    /// so the chosen genre is always the one with the highest reported score.
    /// </summary>
    public float[] GenreScores(float[] probabilities)
    {
        var adjusted = new double[probabilities.Length];
        var total = 0.0;
        for (var c = 0; c < probabilities.Length; c++)
        {
            adjusted[c] = Math.Max(probabilities[c], 1e-12) * Math.Exp(GenreOffsets[c]);
            total += adjusted[c];
        }

        return [.. adjusted.Select(a => (float)(a / total))];
    }
}
