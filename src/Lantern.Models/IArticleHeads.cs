using Lantern.Documents;

namespace Lantern.Models;

/// <summary>The trained heads: from a segmented article and its paragraphs' token states to predictions. Thread-safe.</summary>
public interface IArticleHeads
{
    string Version { get; }

    /// <summary>
    /// The name of the encoder whose token states the heads were trained on (e.g. <c>all-MiniLM-L6-v2-int8</c>),
    /// so the pipeline can run that same encoder; null when the heads do not say (then any encoder is used as given).
    /// </summary>
    string? Encoder => null;

    /// <summary>The same heads deciding with the thresholds of <paramref name="preset"/>; heads without presets only accept <see cref="ConfidencePreset.Balanced"/>.</summary>
    IArticleHeads WithPreset(ConfidencePreset preset) =>
        preset == ConfidencePreset.Balanced ? this : throw Errors.LanternErrors.PresetUnavailable(Version, ConfidencePresets.Name(preset));

    /// <param name="paragraphStates">One entry per paragraph of <paramref name="document"/>, in order.</param>
    HeadPredictions Predict(ArticleDocument document, IReadOnlyList<TokenStates> paragraphStates, CancellationToken cancellationToken = default);
}
