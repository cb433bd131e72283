using Lantern.Measures;
using Xunit.Abstractions;

namespace Lantern.Tests.Actions;

/// <summary>
/// The detector on three fixed sets of labelled sentences: Fixtures/calls-to-action.tsv (87, written before the
/// detector and used to develop it), Fixtures/calls-to-action-heldout.tsv (41, written after and scored once; its
/// misses then led to lexicon additions) and Fixtures/calls-to-action-heldout2.tsv (25, written after those
/// additions and never tuned on). The floors sit under the measured figures, so a change that makes the detector worse fails here;
/// the per-sentence errors are printed, not asserted.
/// </summary>
public sealed class CallToActionMeasureTests(ITestOutputHelper output)
{

    [Theory]
    [InlineData("calls-to-action.tsv", 87, 0.9, 0.9, 2)]
    [InlineData("calls-to-action-heldout.tsv", 41, 0.8, 0.6, 2)]
    [InlineData("calls-to-action-heldout2.tsv", 25, 0.8, 0.7, 2)]
    public void Given_the_labelled_sentences_When_scored_Then_every_class_meets_its_floor_and_few_hard_negatives_are_flagged(
        string file, int sentences, double minPrecision, double minRecall, int maxHardNegativesFlagged)
    {
        var score = CallToActionMeasure.ScoreCalls(Path.Combine(AppContext.BaseDirectory, "Fixtures", file));
        foreach (var c in score.PerClass.Append(score.AuthorFlag))
        {
            output.WriteLine($"{c.Label}: P {c.Precision:F3} R {c.Recall:F3} F1 {c.F1:F3} ({c.TruePositives}/{c.Predicted} predicted, {c.Gold} gold)");
        }

        output.WriteLine($"class accuracy {score.ClassAccuracy:F3} over {score.Sentences}; hard negatives wrongly flagged {score.HardNegativesWronglyFlagged}/{score.HardNegatives}");
        foreach (var e in score.Errors)
        {
            output.WriteLine(e);
        }

        Assert.Equal(sentences, score.Sentences);
        Assert.All(score.PerClass.Append(score.AuthorFlag), c => Assert.True(c.Precision >= minPrecision && c.Recall >= minRecall, $"{c.Label}: P {c.Precision:F3} R {c.Recall:F3}"));
        Assert.True(score.HardNegativesWronglyFlagged <= maxHardNegativesFlagged, $"{score.HardNegativesWronglyFlagged} hard negatives flagged");
    }
}
