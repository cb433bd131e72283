using CsCheck;
using Lantern.Measures;
using Lantern.SemEval;
using Lantern.Taxonomy;

namespace Lantern.Core.Tests.Measures;

public sealed class LabelMeasurePropertyTests
{
    private static readonly Gen<ParagraphLabels[]> Rows =
        Gen.Select(Gen.Int[1, 3], Gen.Int[1, 8], Gen.Int[0, Labels.TechniqueLabels.Count - 1].Array[0, 3])
            .Select((article, line, techniques) => new ParagraphLabels(
                article.ToString(System.Globalization.CultureInfo.InvariantCulture),
                line,
                [.. techniques.Distinct().Select(i => Labels.TechniqueLabels[i])]))
            .Array[0, 20]
            .Select(rows => rows.DistinctBy(r => (r.ArticleId, r.Line)).ToArray());

    [Fact]
    public void Given_any_paragraph_labels_When_scored_against_themselves_Then_every_figure_is_one()
    {
        Rows.Sample(gold =>
        {
            var score = ParagraphTechniqueMeasure.Score(gold, gold);
            Assert.Equal(1.0, score.MicroF1);
            Assert.Equal(1.0, score.MacroF1);
        });
    }

    [Fact]
    public void Given_any_gold_and_predictions_When_scored_Then_figures_lie_in_range_and_row_order_does_not_matter()
    {
        Gen.Select(Rows, Rows).Sample((gold, pred) =>
        {
            var score = ParagraphTechniqueMeasure.Score(gold, pred);
            var reversed = ParagraphTechniqueMeasure.Score([.. gold.Reverse()], [.. pred.Reverse()]);
            Assert.InRange(score.MicroF1, 0, 1);
            Assert.InRange(score.MacroF1, 0, 1);
            Assert.Equal(score.MicroF1, reversed.MicroF1);
            Assert.Equal(score.MacroF1, reversed.MacroF1);
            Assert.Equal(gold.Length, score.Units);
        });
    }
}
