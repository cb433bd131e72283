using Lantern.Analysis;
using Lantern.Models;
using Microsoft.AspNetCore.Http;

namespace Lantern.Web.Internal;

/// <summary>
/// <c>?minConfidence=P</c> (a probability in [0, 1]) and <c>?preset=balanced|high-precision|high-recall</c> on the
/// routes that return findings; a bad value is a 400 problem JSON naming the parameter, checked before any work.
/// </summary>
internal sealed record ConfidenceQuery(double MinConfidence, ConfidencePreset Preset)
{
    public const string MinConfidenceName = "minConfidence";
    public const string PresetName = "preset";

    public static ConfidenceQuery Read(IQueryCollection query, bool allowPreset)
    {
        var min = CorpusQuery.Text(query, MinConfidenceName, 40);
        var preset = CorpusQuery.Text(query, PresetName, 40);
        if (preset is not null && !allowPreset && !preset.Equals(ConfidencePresets.Name(ConfidencePreset.Balanced), StringComparison.OrdinalIgnoreCase))
        {
            // Stored analyses were decided with the balanced thresholds; another preset would need the article re-analysed.
            throw CorpusQuery.Bad("preset: stored analyses keep the balanced decisions (only balanced is accepted); use minConfidence to keep only confident findings");
        }

        try
        {
            return new ConfidenceQuery(
                min is null ? 0 : ConfidencePresets.ParseMinConfidence(MinConfidenceName, min),
                preset is null ? ConfidencePreset.Balanced : ConfidencePresets.Parse(PresetName, preset));
        }
        catch (Errors.UsageException e)
        {
            throw CorpusQuery.Bad(e.Message);
        }
    }

    public ArticleAnalyzer Apply(ArticleAnalyzer analyzer) => Preset == ConfidencePreset.Balanced ? analyzer : analyzer.WithPreset(Preset);

    public ArticleAnalysis Apply(ArticleAnalysis analysis) => ConfidenceFilter.Apply(analysis, MinConfidence);
}
