using CsCheck;
using Lantern.Errors;
using Lantern.Measures;
using Lantern.SemEval;

namespace Lantern.Core.Tests.Measures;

public sealed class SpanMeasureTests
{
    private static SpanLabel S(string id, string technique, int start, int end) => new(id, technique, start, end);

    [Fact]
    public void Given_a_partial_overlap_When_scored_Then_each_side_gets_the_covered_share()
    {
        // gold Doubt [10,20), pred Doubt [15,25): they share [15,20), 5 chars.
        // P = 5/10 of the predicted span, R = 5/10 of the gold span, F1 = 0.5.
        var score = SpanMeasure.Score([S("a", "Doubt", 10, 20)], [S("a", "Doubt", 15, 25)]);

        Assert.Equal(new SpanF1(0.5, 0.5, 0.5), score.Aware);
    }

    [Fact]
    public void Given_overlapping_gold_spans_of_one_technique_When_scored_Then_their_union_gives_no_double_credit()
    {
        // gold Loaded_Language [0,10) and [5,15): union [0,15). pred [0,15).
        // P: 15 of 15 covered -> 1 (summing the two gold spans would give 20/15).
        // R: [0,10) fully covered, [5,15) fully covered -> 1.
        var score = SpanMeasure.Score(
            [S("a", "Loaded_Language", 0, 10), S("a", "Loaded_Language", 5, 15)],
            [S("a", "Loaded_Language", 0, 15)]);

        Assert.Equal(new SpanF1(1, 1, 1), score.Aware);
    }

    [Fact]
    public void Given_a_short_prediction_inside_overlapping_gold_spans_When_scored_Then_recall_is_the_mean_share()
    {
        // gold [0,10) and [5,15), pred [0,5).
        // P = 5/5 = 1. R = mean(5/10 for [0,10), 0/10 for [5,15)) = 0.25. F1 = 2*0.25/1.25 = 0.4.
        var score = SpanMeasure.Score(
            [S("a", "Doubt", 0, 10), S("a", "Doubt", 5, 15)],
            [S("a", "Doubt", 0, 5)]);

        Assert.Equal(1.0, score.Aware.Precision);
        Assert.Equal(0.25, score.Aware.Recall);
        Assert.Equal(0.4, score.Aware.F1, 12);
    }

    [Fact]
    public void Given_the_wrong_technique_on_the_right_text_When_scored_Then_only_the_blind_figures_give_credit()
    {
        var score = SpanMeasure.Score([S("a", "Doubt", 0, 10)], [S("a", "Slogans", 0, 10)]);

        Assert.Equal(new SpanF1(0, 0, 0), score.Aware);
        Assert.Equal(new SpanF1(1, 1, 1), score.Blind);
    }

    [Fact]
    public void Given_an_article_without_predictions_When_scored_Then_its_gold_spans_are_missed()
    {
        // gold a Doubt [0,10), b Doubt [0,10); pred a Doubt [0,10) only.
        // P = 1 (one predicted span, fully right). R = (1 + 0)/2 = 0.5. F1 = 2/3.
        var score = SpanMeasure.Score([S("a", "Doubt", 0, 10), S("b", "Doubt", 0, 10)], [S("a", "Doubt", 0, 10)]);

        Assert.Equal(1.0, score.Aware.Precision);
        Assert.Equal(0.5, score.Aware.Recall);
        Assert.Equal(2.0 / 3, score.Aware.F1, 12);
    }

    [Fact]
    public void Given_a_gold_article_with_no_spans_When_it_gets_a_prediction_Then_that_prediction_is_a_false_alarm()
    {
        // gold articles a (Doubt [0,10)) and c (no spans); pred a Doubt [0,10), c Doubt [0,4).
        // P = (1 + 0)/2 = 0.5, R = 1, F1 = 2*0.5/1.5 = 2/3.
        SpanLabel[] gold = [S("a", "Doubt", 0, 10)];
        SpanLabel[] pred = [S("a", "Doubt", 0, 10), S("c", "Doubt", 0, 4)];

        var withEmptyArticle = SpanMeasure.Score(gold, pred, goldArticles: ["a", "c"]);
        var withoutIt = SpanMeasure.Score(gold, pred);

        Assert.Equal(0.5, withEmptyArticle.Aware.Precision);
        Assert.Equal(2.0 / 3, withEmptyArticle.Aware.F1, 12);
        Assert.Equal(2, withEmptyArticle.Articles);
        // Without c among the gold articles its prediction is not scored, only counted.
        Assert.Equal(new SpanF1(1, 1, 1), withoutIt.Aware);
        Assert.Equal(1, withoutIt.IgnoredPredictions);
    }

    [Fact]
    public void Given_spans_in_several_articles_When_scored_Then_they_are_pooled_not_averaged_per_article()
    {
        // a: 3 gold spans, each predicted exactly. b: gold Doubt [0,10), pred Doubt [20,30) (a miss).
        // Pooled P = (1+1+1+0)/4 = 0.75 (a mean of per-article figures would give 0.5). R = 0.75.
        SpanLabel[] gold = [S("a", "Doubt", 0, 5), S("a", "Doubt", 10, 15), S("a", "Slogans", 20, 25), S("b", "Doubt", 0, 10)];
        SpanLabel[] pred = [S("a", "Doubt", 0, 5), S("a", "Doubt", 10, 15), S("a", "Slogans", 20, 25), S("b", "Doubt", 20, 30)];

        var score = SpanMeasure.Score(gold, pred);

        Assert.Equal(new SpanF1(0.75, 0.75, 0.75), score.Aware);
        var doubt = score.PerTechnique.Single(t => t.Technique == "Doubt");
        // Doubt alone: P = (1+1+0)/3, R = (1+1+0)/3.
        Assert.Equal((3, 3), (doubt.GoldSpans, doubt.PredictedSpans));
        Assert.Equal(2.0 / 3, doubt.F1, 12);
    }

    [Fact]
    public void Given_no_predictions_When_scored_Then_everything_is_zero()
    {
        var score = SpanMeasure.Score([S("a", "Doubt", 0, 10)], []);

        Assert.Equal(new SpanF1(0, 0, 0), score.Aware);
        Assert.Equal(new SpanF1(0, 0, 0), score.Blind);
    }

    [Fact]
    public void Given_empty_gold_and_no_predictions_When_scored_Then_nothing_is_wrong()
    {
        var score = SpanMeasure.Score([], [], goldArticles: ["a"]);

        Assert.Equal(new SpanF1(1, 1, 1), score.Aware);
    }

    [Fact]
    public void Given_an_empty_predicted_span_When_scored_Then_it_is_ignored()
    {
        var score = SpanMeasure.Score([S("a", "Doubt", 0, 10)], [S("a", "Doubt", 0, 10), S("a", "Doubt", 4, 4)]);

        Assert.Equal(1.0, score.Aware.F1);
        Assert.Equal(1, score.IgnoredPredictions);
    }

    [Fact]
    public void Given_a_span_that_ends_before_it_starts_When_scored_Then_the_input_is_rejected()
    {
        var error = Assert.Throws<InputRejectedException>(() => SpanMeasure.Score([], [S("a", "Doubt", 9, 3)], predictedName: "p.txt"));

        Assert.Equal("p.txt: article a has a span that ends before it starts (9..3)", error.Message);
    }

    [Fact]
    public void Given_any_spans_When_scored_against_themselves_Then_every_figure_is_one_and_against_others_in_range()
    {
        var span = Gen.Select(Gen.OneOf<string>("a", "b"), Gen.OneOf<string>("Doubt", "Slogans", "Repetition"), Gen.Int[0, 60], Gen.Int[1, 15])
            .Select((id, t, start, length) => S(id, t, start, start + length));
        Gen.Select(span.Array[1, 12], span.Array[0, 12]).Sample((gold, pred) =>
        {
            var self = SpanMeasure.Score(gold, gold);
            var other = SpanMeasure.Score(gold, pred, goldArticles: ["a", "b"]);
            Assert.Equal(new SpanF1(1, 1, 1), self.Aware);
            Assert.Equal(new SpanF1(1, 1, 1), self.Blind);
            Assert.InRange(other.Aware.F1, 0, 1);
            Assert.InRange(other.Blind.Precision, other.Aware.Precision - 1e-12, 1);
            Assert.InRange(other.Blind.Recall, other.Aware.Recall - 1e-12, 1);
        });
    }
}
