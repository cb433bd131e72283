using Lantern.Errors;
using Lantern.Measures;
using Lantern.SemEval;

namespace Lantern.Core.Tests.Measures;

public sealed class GenreMeasureTests
{
    private static GenreLabel G(string id, string genre) => new(id, genre);

    [Fact]
    public void Given_identical_labels_When_scored_Then_every_figure_is_one()
    {
        GenreLabel[] gold = [G("1", "opinion"), G("2", "reporting"), G("3", "satire")];

        var score = GenreMeasure.Score(gold, gold);

        Assert.Equal(1.0, score.MacroF1);
        Assert.Equal(1.0, score.MicroF1);
        Assert.All(score.PerLabel, l => Assert.Equal(1.0, l.F1));
    }

    [Fact]
    public void Given_one_error_When_scored_Then_macro_F1_is_worked_out_by_hand()
    {
        // gold:  1 opinion, 2 opinion, 3 reporting, 4 satire
        // pred:  1 opinion, 2 reporting, 3 reporting, 4 satire
        // opinion:   tp 1, fp 0, fn 1 -> F1 = 2/(2+0+1) = 2/3
        // reporting: tp 1, fp 1, fn 0 -> F1 = 2/3
        // satire:    tp 1                -> F1 = 1
        // macro = (2/3 + 2/3 + 1) / 3 = 7/9; micro = 2*3 / (4+4) = 3/4
        GenreLabel[] gold = [G("1", "opinion"), G("2", "opinion"), G("3", "reporting"), G("4", "satire")];
        GenreLabel[] pred = [G("1", "opinion"), G("2", "reporting"), G("3", "reporting"), G("4", "satire")];

        var score = GenreMeasure.Score(gold, pred);

        Assert.Equal(7.0 / 9, score.MacroF1, 12);
        Assert.Equal(0.75, score.MicroF1, 12);
        var opinion = score.PerLabel.Single(l => l.Label == "opinion");
        Assert.Equal((2, 1, 1), (opinion.Gold, opinion.Predicted, opinion.Correct));
        Assert.Equal(1.0, opinion.Precision);
        Assert.Equal(0.5, opinion.Recall);
    }

    [Fact]
    public void Given_a_genre_nobody_uses_When_scored_Then_it_is_left_out_of_the_macro_average()
    {
        // Only opinion and reporting occur. Official subtask-1 scorer averages over the labels present:
        // opinion: tp 1, fn 1 -> 2/3; reporting: tp 1, fp 1 -> 2/3; satire not counted. macro = 2/3.
        GenreLabel[] gold = [G("1", "opinion"), G("2", "opinion"), G("3", "reporting")];
        GenreLabel[] pred = [G("1", "opinion"), G("2", "reporting"), G("3", "reporting")];

        var score = GenreMeasure.Score(gold, pred);

        Assert.Equal(2.0 / 3, score.MacroF1, 12);
        Assert.False(score.PerLabel.Single(l => l.Label == "satire").Counted);
    }

    [Fact]
    public void Given_a_missing_prediction_When_scored_Then_it_counts_as_an_empty_prediction()
    {
        // gold 1 opinion, 2 reporting; pred only 1 opinion.
        // opinion: F1 1; reporting: tp 0, fn 1, precision 0/0 -> 0, F1 0. macro = 1/2.
        // micro: tp 1, predicted 1, gold 2 -> P 1, R 1/2, F1 2/3.
        GenreLabel[] gold = [G("1", "opinion"), G("2", "reporting")];
        GenreLabel[] pred = [G("1", "opinion")];

        var score = GenreMeasure.Score(gold, pred);

        Assert.Equal(0.5, score.MacroF1, 12);
        Assert.Equal(2.0 / 3, score.MicroF1, 12);
        Assert.Equal(1, score.MissingPredictions);
    }

    [Fact]
    public void Given_no_predictions_When_scored_Then_every_F1_is_zero()
    {
        GenreLabel[] gold = [G("1", "opinion"), G("2", "reporting")];

        var score = GenreMeasure.Score(gold, []);

        Assert.Equal(0.0, score.MacroF1);
        Assert.Equal(0.0, score.MicroF1);
        Assert.Equal(2, score.MissingPredictions);
    }

    [Fact]
    public void Given_a_prediction_for_an_unknown_article_When_scored_Then_it_is_ignored_and_counted()
    {
        GenreLabel[] gold = [G("1", "opinion")];
        GenreLabel[] pred = [G("1", "opinion"), G("99", "satire")];

        var score = GenreMeasure.Score(gold, pred);

        Assert.Equal(1.0, score.MacroF1);
        Assert.Equal(1, score.IgnoredPredictions);
        Assert.Equal(0, score.PerLabel.Single(l => l.Label == "satire").Predicted);
    }

    [Fact]
    public void Given_an_unknown_genre_When_scored_Then_the_input_is_rejected_with_the_article()
    {
        var error = Assert.Throws<InputRejectedException>(() => GenreMeasure.Score([G("1", "opinion")], [G("1", "news")], predictedName: "pred.txt"));

        Assert.Equal("pred.txt: article 1 has unknown genre 'news'", error.Message);
    }

    [Fact]
    public void Given_an_article_twice_in_the_gold_When_scored_Then_the_input_is_rejected()
    {
        var error = Assert.Throws<InputRejectedException>(() => GenreMeasure.Score([G("1", "opinion"), G("1", "satire")], []));

        Assert.Equal("gold: article 1 occurs more than once", error.Message);
    }
}
