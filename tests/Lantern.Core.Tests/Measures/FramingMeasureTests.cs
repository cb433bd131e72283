using Lantern.Measures;
using Lantern.SemEval;
using Lantern.Taxonomy;

namespace Lantern.Core.Tests.Measures;

public sealed class FramingMeasureTests
{
    private static FrameLabels F(string id, params string[] frames) => new(id, frames);

    [Fact]
    public void Given_partly_right_frames_When_scored_Then_micro_F1_counts_article_frame_pairs()
    {
        // gold: 1 {Economic, Political}, 2 {Morality}
        // pred: 1 {Economic}, 2 {Morality, Political}
        // pairs: gold 3, predicted 3, correct 2 (1-Economic, 2-Morality)
        // P = 2/3, R = 2/3, micro-F1 = 2*2/(3+3) = 2/3
        FrameLabels[] gold = [F("1", "Economic", "Political"), F("2", "Morality")];
        FrameLabels[] pred = [F("1", "Economic"), F("2", "Morality", "Political")];

        var score = FramingMeasure.Score(gold, pred);

        Assert.Equal(2.0 / 3, score.Precision, 12);
        Assert.Equal(2.0 / 3, score.Recall, 12);
        Assert.Equal(2.0 / 3, score.MicroF1, 12);
        // Political: tp 0, fp 1 (article 2), fn 1 (article 1) -> F1 0. Economic, Morality: 1.
        // The 11 unused frames count F1 = 1 (zero_division=1): macro = (1 + 1 + 0 + 11) / 14 = 13/14.
        Assert.Equal(0.0, score.PerLabel.Single(l => l.Label == "Political").F1);
        Assert.Equal(13.0 / 14, score.MacroF1, 12);
        Assert.Equal(Labels.Frames.Count, score.PerLabel.Count);
    }

    [Fact]
    public void Given_gold_with_no_frames_and_no_predictions_When_scored_Then_nothing_is_wrong()
    {
        // No pair anywhere: every division is 0/0, which the official scorer settles as 1.
        var score = FramingMeasure.Score([F("1")], [F("1")]);

        Assert.Equal(1.0, score.MicroF1);
        Assert.Equal(1.0, score.MacroF1);
    }

    [Fact]
    public void Given_a_missing_prediction_When_scored_Then_its_gold_frames_are_misses()
    {
        // gold: 1 {Economic}, 2 {Economic}; pred: 1 {Economic}. tp 1, fn 1, fp 0.
        // P = 1, R = 1/2, micro-F1 = 2/3.
        var score = FramingMeasure.Score([F("1", "Economic"), F("2", "Economic")], [F("1", "Economic")]);

        Assert.Equal(1.0, score.Precision);
        Assert.Equal(0.5, score.Recall);
        Assert.Equal(2.0 / 3, score.MicroF1, 12);
        Assert.Equal(1, score.MissingPredictions);
    }
}
