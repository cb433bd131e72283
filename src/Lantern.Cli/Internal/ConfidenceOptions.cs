using Lantern.Analysis;
using Lantern.Models;

namespace Lantern.Cli.Internal;

/// <summary>
/// <c>--min-confidence P</c> and <c>--preset NAME</c>, shared by the commands that report findings: checked before
/// any article is read or model loaded, so a bad value is one clear line and exit code 1.
/// </summary>
internal sealed record ConfidenceOptions(double MinConfidence, ConfidencePreset Preset)
{
    public const string MinConfidenceHelp = "Report only findings (frames, paragraph techniques, spans) whose calibrated probability is at least P (0 to 1; default 0: all).";
    public const string PresetHelp = "Decision thresholds: balanced (default, best F1), high-precision or high-recall (chosen on cross-validation; see models/MODEL_CARD.md).";

    public static ConfidenceOptions Parse(string? minConfidence, string? preset) => new(
        minConfidence is null ? 0 : ConfidencePresets.ParseMinConfidence("--min-confidence", minConfidence),
        preset is null ? ConfidencePreset.Balanced : ConfidencePresets.Parse("--preset", preset));

    /// <summary>The analyzer with the preset's thresholds (the same analyzer for balanced).</summary>
    public ArticleAnalyzer Apply(ArticleAnalyzer analyzer) => Preset == ConfidencePreset.Balanced ? analyzer : analyzer.WithPreset(Preset);

    public ArticleAnalysis Apply(ArticleAnalysis analysis) => ConfidenceFilter.Apply(analysis, MinConfidence);
}
