using System.Text.Json;

namespace Lantern.Cli.Tests;

public sealed class EvalCommandTests
{
    private static JsonElement Json(CliResult r)
    {
        Assert.Equal(string.Empty, r.Err);
        Assert.Equal(0, r.Code);
        // The whole of stdout is one JSON object: nothing else is printed when it is not a terminal.
        return JsonDocument.Parse(r.Out).RootElement;
    }

    private static double D(JsonElement e, string key) => e.GetProperty(key).GetDouble();

    [Fact]
    public void Given_genre_predictions_When_evaluated_Then_the_JSON_holds_the_hand_worked_macro_F1()
    {
        // opinion: tp 1, fn 1 -> 2/3; reporting: tp 1, fp 1 -> 2/3; satire: tp 1 -> 1. macro = 7/9.
        using var dir = new TempDir();
        var gold = dir.File("gold.txt", "1\topinion\n2\topinion\n3\treporting\n4\tsatire\n");
        var pred = dir.File("pred.txt", "1\topinion\n2\treporting\n3\treporting\n4\tsatire\n");

        var json = Json(CliRun.Run("eval", "--task", "genre", "--gold", gold, "--pred", pred));

        Assert.Equal("genre", json.GetProperty("task").GetString());
        Assert.Equal("macro_f1", json.GetProperty("official").GetString());
        Assert.Equal(7.0 / 9, D(json, "macro_f1"), 12);
        Assert.Equal(7.0 / 9, D(json, "f1"), 12);
        Assert.Equal(0.75, D(json, "micro_f1"), 12);
        var opinion = json.GetProperty("per_label").EnumerateArray().Single(l => l.GetProperty("label").GetString() == "opinion");
        Assert.Equal(2, opinion.GetProperty("gold").GetInt32());
        Assert.Equal(0.5, D(opinion, "recall"));
    }

    [Fact]
    public void Given_a_terminal_When_evaluated_Then_a_table_comes_before_the_same_JSON()
    {
        using var dir = new TempDir();
        var gold = dir.File("gold.txt", "1\topinion\n2\topinion\n3\treporting\n4\tsatire\n");
        var pred = dir.File("pred.txt", "1\topinion\n2\treporting\n3\treporting\n4\tsatire\n");

        var piped = CliRun.Run("eval", "--task", "genre", "--gold", gold, "--pred", pred);
        var terminal = CliRun.RunOnTerminal("eval", "--task", "genre", "--gold", gold, "--pred", pred);

        Assert.Equal(0, terminal.Code);
        var jsonStart = terminal.Out.IndexOf("\n{", StringComparison.Ordinal) + 1;
        var table = terminal.Out[..jsonStart];
        Assert.Contains("genre: macro_f1 = 0.7778", table, StringComparison.Ordinal);
        Assert.Contains("opinion", table, StringComparison.Ordinal);
        Assert.Equal(piped.Out, terminal.Out[jsonStart..]);
        Assert.DoesNotContain("genre: macro_f1", piped.Out, StringComparison.Ordinal);
    }

    [Fact]
    public void Given_framing_predictions_When_evaluated_Then_f1_is_the_micro_F1_over_pairs()
    {
        // pairs: gold 3, predicted 3, correct 2 -> micro-F1 2/3.
        using var dir = new TempDir();
        var gold = dir.File("gold.txt", "1\tEconomic,Political\n2\tMorality\n");
        var pred = dir.File("pred.txt", "1\tEconomic\n2\tMorality,Political\n");

        var json = Json(CliRun.Run("eval", "--task", "framing", "--gold", gold, "--pred", pred));

        Assert.Equal(2.0 / 3, D(json, "f1"), 12);
        Assert.Equal(2.0 / 3, D(json, "micro_f1"), 12);
        Assert.Equal(14, json.GetProperty("per_label").GetArrayLength());
    }

    [Fact]
    public void Given_paragraph_predictions_with_a_missing_line_When_evaluated_Then_the_line_counts_as_empty()
    {
        // gold (1,1) {}, (1,3) {Doubt, Slogans}, (1,5) {Loaded_Language}; pred only (1,3) {Doubt}.
        // tp 1, predicted 1, gold 3 -> P 1, R 1/3, micro-F1 = 2/4 = 0.5.
        using var dir = new TempDir();
        var gold = dir.File("gold.txt", "1\t1\t\n1\t3\tDoubt,Slogans\n1\t5\tLoaded_Language\n");
        var pred = dir.File("pred.txt", "1\t3\tDoubt\n");

        var json = Json(CliRun.Run("eval", "--task", "paragraphs", "--gold", gold, "--pred", pred));

        Assert.Equal(0.5, D(json, "f1"), 12);
        Assert.Equal(1.0, D(json, "precision"), 12);
        Assert.Equal(1.0 / 3, D(json, "recall"), 12);
        Assert.Equal(2, json.GetProperty("missing_predictions").GetInt32());
        Assert.Equal(3, json.GetProperty("units").GetInt32());
    }

    [Fact]
    public void Given_span_predictions_When_evaluated_Then_aware_and_blind_figures_are_printed()
    {
        // gold 1 Doubt [10,20); pred 1 Slogans [15,25). Aware: nothing matches -> 0.
        // Blind: P = 5/10, R = 5/10, F1 = 0.5.
        using var dir = new TempDir();
        var gold = dir.File("gold.txt", "1\tDoubt\t10\t20\n");
        var pred = dir.File("pred.txt", "1\tSlogans\t15\t25\n");

        var json = Json(CliRun.Run("eval", "--task", "spans", "--gold", gold, "--pred", pred));

        Assert.Equal(0.0, D(json, "f1"));
        Assert.Equal(0.5, D(json, "f1_blind"), 12);
        Assert.Equal(0.5, D(json, "precision_blind"), 12);
        Assert.Equal(23, json.GetProperty("per_label").GetArrayLength());
    }

    [Theory]
    [InlineData("genre", "train-labels-subtask-1.txt")]
    [InlineData("framing", "train-labels-subtask-2.txt")]
    [InlineData("paragraphs", "train-labels-subtask-3.txt")]
    [InlineData("spans", "train-labels-subtask-3-spans")]
    public void Given_a_language_folder_When_evaluated_against_its_own_labels_Then_everything_is_one_and_against_nothing_zero(string task, string labels)
    {
        using var dir = LanguageFolder();
        var pred = Path.Combine(dir.Path, labels);
        var empty = dir.File("empty.txt", string.Empty);

        var self = Json(CliRun.Run("eval", "--task", task, "--gold", dir.Path, "--pred", pred));
        var none = Json(CliRun.Run("eval", "--task", task, "--gold", dir.Path, "--pred", empty));

        Assert.Equal(1.0, D(self, "f1"));
        Assert.Equal(pred, self.GetProperty("gold").GetString());
        Assert.Equal(0.0, D(none, "f1"));
    }

    [Fact]
    public void Given_a_span_folder_with_an_empty_article_file_When_evaluated_Then_that_article_counts()
    {
        // Article 2 has no gold spans; a prediction there is a false alarm: P = (1 + 0)/2.
        using var dir = LanguageFolder();
        var pred = dir.File("pred.txt", "1\tDoubt\t0\t10\n2\tDoubt\t0\t4\n");

        var json = Json(CliRun.Run("eval", "--task", "spans", "--gold", dir.Path, "--pred", pred));

        Assert.Equal(2, json.GetProperty("articles").GetInt32());
        Assert.Equal(0.5, D(json, "precision"), 12);
    }

    [Fact]
    public void Given_a_missing_prediction_file_When_evaluated_Then_exit_code_is_2()
    {
        using var dir = LanguageFolder();
        var missing = Path.Combine(dir.Path, "nope.txt");

        var r = CliRun.Run("eval", "--task", "genre", "--gold", dir.Path, "--pred", missing);

        Assert.Equal(2, r.Code);
        Assert.Equal($"lantern: {missing}: no such file or directory", r.Err.Trim());
    }

    [Fact]
    public void Given_a_binary_prediction_file_When_evaluated_Then_it_is_refused()
    {
        using var dir = LanguageFolder();
        var pred = dir.Bytes("pred.bin", [0x31, 0x09, 0x00, 0x01]);

        var r = CliRun.Run("eval", "--task", "genre", "--gold", dir.Path, "--pred", pred);

        Assert.Equal(2, r.Code);
        Assert.Equal($"lantern: {pred}: looks like binary data (NUL byte at byte 2), not text", r.Err.Trim());
    }

    [Fact]
    public void Given_invalid_UTF8_in_a_prediction_file_When_evaluated_Then_it_is_refused_with_the_byte()
    {
        using var dir = LanguageFolder();
        var pred = dir.Bytes("pred.txt", [0x31, 0x09, 0xC3, 0x28, 0x0A]);

        var r = CliRun.Run("eval", "--task", "genre", "--gold", dir.Path, "--pred", pred);

        Assert.Equal(2, r.Code);
        Assert.Equal($"lantern: {pred}: invalid UTF-8 at byte 2", r.Err.Trim());
    }

    [Fact]
    public void Given_a_prediction_file_over_the_limit_When_evaluated_Then_it_is_refused()
    {
        using var dir = LanguageFolder();
        // The gold file has 22 bytes and passes; the prediction file has 31.
        var pred = dir.File("pred.txt", "1\topinion\n2\treporting\n3\tsatire\n");

        var r = CliRun.Run("eval", "--task", "genre", "--gold", dir.Path, "--pred", pred, "--max-bytes", "25");

        Assert.Equal(2, r.Code);
        Assert.StartsWith($"lantern: {pred}: 31 bytes is over the limit of 25 bytes", r.Err, StringComparison.Ordinal);
    }

    [Fact]
    public void Given_a_malformed_row_When_evaluated_Then_the_file_and_line_are_named()
    {
        using var dir = LanguageFolder();
        var pred = dir.File("pred.txt", "1\topinion\nthis line has no tab\n");

        var r = CliRun.Run("eval", "--task", "genre", "--gold", dir.Path, "--pred", pred);

        Assert.Equal(2, r.Code);
        Assert.Equal($"lantern: {pred}:2: expected 2–2 tab-separated fields, found 1", r.Err.Trim());
    }

    [Fact]
    public void Given_a_folder_without_the_task_file_When_evaluated_Then_it_says_what_is_missing()
    {
        using var dir = new TempDir();
        var pred = dir.File("pred.txt", string.Empty);

        var r = CliRun.Run("eval", "--task", "framing", "--gold", dir.Path, "--pred", pred);

        Assert.Equal(2, r.Code);
        Assert.Equal($"lantern: {dir.Path}: no *labels-subtask-2.txt in this folder (name the label file with --gold)", r.Err.Trim());
    }

    // A small SemEval-like language folder written for the tests (own sentences, no corpus data).
    private static TempDir LanguageFolder()
    {
        var dir = new TempDir();
        dir.File("train-labels-subtask-1.txt", "1\topinion\n2\treporting\n");
        dir.File("train-labels-subtask-2.txt", "1\tEconomic,Political\n2\tMorality\n");
        dir.File("train-labels-subtask-3.txt", "1\t1\t\n1\t3\tDoubt\n2\t1\tLoaded_Language,Slogans\n");
        dir.File("train-labels-subtask-3-spans/article1-labels-subtask-3.txt", "1\tDoubt\t0\t10\n");
        dir.File("train-labels-subtask-3-spans/article2-labels-subtask-3.txt", string.Empty);
        return dir;
    }
}
