using Lantern.Models;

namespace Lantern.Analysis;

/// <summary>
/// Keeps only the findings whose calibrated probability reaches a minimum confidence: frames, paragraph
/// techniques and spans (with their explanations); the summary is rewritten from what is kept. The genre is a
/// choice among three and always stays. Scores are calibrated probabilities (heads of format 5), so
/// <c>0.7</c> keeps what the heads say holds about 70 % of the time or more (see models/MODEL_CARD.md).
/// </summary>
public static class ConfidenceFilter
{
    /// <summary>The analysis without findings scored below <paramref name="minimum"/> (a probability in [0, 1]; 0 keeps everything).</summary>
    public static ArticleAnalysis Apply(ArticleAnalysis analysis, double minimum)
    {
        ArgumentNullException.ThrowIfNull(analysis);
        ConfidencePresets.CheckMinConfidence("minimum confidence", minimum);
        if (minimum <= 0)
        {
            return analysis;
        }

        var spans = analysis.Spans.Where(s => s.Score >= minimum).ToArray();
        var filtered = analysis with
        {
            Frames = [.. analysis.Frames.Where(f => f.Score >= minimum)],
            Paragraphs = [.. analysis.Paragraphs.Select(p => p with { Techniques = [.. p.Techniques.Where(t => t.Score >= minimum)] })],
            Spans = spans,
            Explanations = [.. analysis.Explanations.Where(e => spans.Any(s => s.Start == e.Start && s.Length == e.Length && s.Technique == e.Technique))],
        };
        return filtered with { Summary = ArticleSummary.Write(filtered) };
    }
}
