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
