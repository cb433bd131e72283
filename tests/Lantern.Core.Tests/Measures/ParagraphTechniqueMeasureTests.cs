using Lantern.Errors;
using Lantern.Measures;
using Lantern.SemEval;

namespace Lantern.Core.Tests.Measures;

public sealed class ParagraphTechniqueMeasureTests
{
    private static ParagraphLabels P(string id, int line, params string[] techniques) => new(id, line, techniques);

    [Fact]
    public void Given_triples_When_scored_Then_micro_and_macro_F1_are_worked_out_by_hand()
    {
        // gold: (1,1) {}                     pred: (1,1) {Doubt}
        //       (1,3) {Doubt, Slogans}             (1,3) {Doubt}
        //       (2,1) {Loaded_Language}            (2,1) {Loaded_Language}
        // gold triples 3, predicted 3, correct 2 -> P 2/3, R 2/3, micro-F1 = 2*2/(3+3) = 2/3.
        // Doubt: tp 1, fp 1, fn 0 -> 2/3. Slogans: fn 1 -> 0. Loaded_Language: 1.
        // 20 unused techniques: F1 1 each. macro = (2/3 + 0 + 1 + 20) / 23 = (65/3) / 23 = 65/69.
        ParagraphLabels[] gold = [P("1", 1), P("1", 3, "Doubt", "Slogans"), P("2", 1, "Loaded_Language")];
        ParagraphLabels[] pred = [P("1", 1, "Doubt"), P("1", 3, "Doubt"), P("2", 1, "Loaded_Language")];

        var score = ParagraphTechniqueMeasure.Score(gold, pred);

        Assert.Equal(2.0 / 3, score.Precision, 12);
        Assert.Equal(2.0 / 3, score.Recall, 12);
        Assert.Equal(2.0 / 3, score.MicroF1, 12);
        Assert.Equal(65.0 / 69, score.MacroF1, 12);
        Assert.Equal(23, score.PerLabel.Count);
    }

    [Fact]
    public void Given_missing_lines_When_scored_Then_they_are_empty_predictions()
    {
        // gold: (1,1) {Doubt}, (1,2) {Doubt}; pred: (1,1) {Doubt} only.
        // tp 1, fn 1: P 1, R 1/2, micro-F1 2/3.
        var score = ParagraphTechniqueMeasure.Score([P("1", 1, "Doubt"), P("1", 2, "Doubt")], [P("1", 1, "Doubt")]);

        Assert.Equal(2.0 / 3, score.MicroF1, 12);
        Assert.Equal(1, score.MissingPredictions);
        Assert.Equal(2, score.Units);
    }

    [Fact]
    public void Given_a_prediction_on_a_line_the_gold_lacks_When_scored_Then_it_is_ignored()
    {
        var score = ParagraphTechniqueMeasure.Score([P("1", 1, "Doubt")], [P("1", 1, "Doubt"), P("1", 2, "Slogans"), P("7", 1, "Doubt")]);

        Assert.Equal(1.0, score.MicroF1);
        Assert.Equal(2, score.IgnoredPredictions);
    }

    [Fact]
    public void Given_the_misspelt_Russian_label_When_scored_Then_it_counts_as_Appeal_to_Fear()
    {
        var score = ParagraphTechniqueMeasure.Score([P("1", 1, "Appeal_to_Fear-Prejudice")], [P("1", 1, "Appeal_to_Fear-Prejudi-čce")]);

        Assert.Equal(1.0, score.MicroF1);
    }

    [Fact]
    public void Given_an_unknown_technique_When_scored_Then_the_input_is_rejected_with_its_line()
    {
        var error = Assert.Throws<InputRejectedException>(() => ParagraphTechniqueMeasure.Score([P("1", 1)], [P("1", 4, "Sarcasm")]));

        Assert.Equal("predictions: article 1, line 4 has unknown technique 'Sarcasm'", error.Message);
    }
}
