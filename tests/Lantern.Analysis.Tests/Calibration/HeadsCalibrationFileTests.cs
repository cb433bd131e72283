using System.Text.Json.Nodes;
using Lantern.Errors;
using Lantern.Models;
using Lantern.Models.Heads;
using Lantern.Models.Internal;

namespace Lantern.Analysis.Tests.Calibration;

/// <summary>Calibrators and presets in the heads files (format 5), older formats, damaged files, and how the heads report.</summary>
public sealed class HeadsCalibrationFileTests(CalibratedHeadsFixture trained) : IClassFixture<CalibratedHeadsFixture>
{
    private static void Rewrite(string folder, Action<JsonObject> change, int? binaryFormat = null)
    {
        var path = Path.Combine(folder, "heads.json");
        var json = JsonNode.Parse(File.ReadAllText(path))!.AsObject();
        change(json);
        File.WriteAllText(path, json.ToJsonString());
        if (binaryFormat is { } format)
        {
            var bin = Path.Combine(folder, "heads.bin");
            var bytes = File.ReadAllBytes(bin);
            BitConverter.GetBytes(format).CopyTo(bytes, 4);
            File.WriteAllBytes(bin, bytes);
        }
    }

    [Fact]
    public void Given_trained_heads_When_saved_and_loaded_again_Then_calibrators_and_presets_survive_byte_for_byte()
    {
        var (model, version) = ModelFiles.Load(trained.Result.ModelDirectory);
        var again = Path.Combine(trained.Root, "resaved-" + Guid.NewGuid().ToString("N"));

        ModelFiles.Save(model, again);
        var (reloaded, reloadedVersion) = ModelFiles.Load(again);

        Assert.Equal(version, reloadedVersion);
        Assert.Equal(File.ReadAllBytes(Path.Combine(trained.Result.ModelDirectory, "heads.json")), File.ReadAllBytes(Path.Combine(again, "heads.json")));
        Assert.Equal(6, JsonNode.Parse(File.ReadAllText(Path.Combine(again, "heads.json")))!["Format"]!.GetValue<int>());
        Assert.True(model.Calibration.Calibrated);
        Assert.Equal(model.Calibration.GenreTemperature, reloaded.Calibration.GenreTemperature);
        for (var k = 0; k < model.Calibration.Paragraph.Length; k++)
        {
            foreach (var raw in new[] { 0.01f, 0.3f, 0.77f })
            {
                Assert.Equal(model.Calibration.Paragraph[k].Apply(raw), reloaded.Calibration.Paragraph[k].Apply(raw));
                Assert.Equal(model.Calibration.Spans[k].Apply(raw), reloaded.Calibration.Spans[k].Apply(raw));
            }
        }

        Assert.Equal(model.Calibration.HighPrecision!.Spans, reloaded.Calibration.HighPrecision!.Spans);
        Assert.Equal(model.Calibration.HighRecall!.Paragraph, reloaded.Calibration.HighRecall!.Paragraph);
    }

    [Fact]
    public void Given_trained_heads_When_an_article_is_predicted_Then_a_label_is_selected_exactly_when_its_calibrated_score_reaches_its_calibrated_threshold()
    {
        var heads = TrainedHeads.Load(trained.Result.ModelDirectory);

        var predictions = CalibratedHeadsFixture.Predict(heads);

        Assert.True(heads.Calibrated);
        foreach (var paragraph in predictions.ParagraphTechniques)
        {
            Assert.All(paragraph.Select((l, k) => (l, k)), x => Assert.Equal(x.l.Selected, x.l.Score >= heads.ParagraphThresholds[x.k]));
            Assert.All(paragraph, l => Assert.InRange(l.Score, 0, 1));
        }

        Assert.All(predictions.Frames.Select((l, k) => (l, k)), x => Assert.Equal(x.l.Selected, x.l.Score >= heads.FrameThresholds[x.k]));
        Assert.All(predictions.Spans, s => Assert.True(s.Score >= heads.SpanThresholds[Taxonomy.Labels.TechniqueLabels.ToList().IndexOf(s.Technique)]));
        Assert.Equal(1.0, predictions.Genres.Sum(g => g.Score), 4);
        Assert.Equal(predictions.Genres.MaxBy(g => g.Score)!.Label, predictions.Genres.Single(g => g.Selected).Label);
    }

    [Fact]
    public void Given_the_three_presets_When_the_same_article_is_predicted_Then_high_recall_selects_a_superset_and_high_precision_a_subset_of_balanced()
    {
        var balanced = TrainedHeads.Load(trained.Result.ModelDirectory);
        var precise = (TrainedHeads)balanced.WithPreset(ConfidencePreset.HighPrecision);
        var recall = (TrainedHeads)balanced.WithPreset(ConfidencePreset.HighRecall);

        static HashSet<string> Selected(HeadPredictions p) =>
        [
            .. p.ParagraphTechniques.SelectMany((labels, i) => labels.Where(l => l.Selected).Select(l => $"{i}:{l.Label}")),
            .. p.Frames.Where(f => f.Selected).Select(f => "frame:" + f.Label),
        ];

        var b = Selected(CalibratedHeadsFixture.Predict(balanced));
        Assert.Subset(b, Selected(CalibratedHeadsFixture.Predict(precise)));
        Assert.Superset(b, Selected(CalibratedHeadsFixture.Predict(recall)));
        for (var k = 0; k < 23; k++)
        {
            Assert.True(recall.ParagraphThresholds[k] <= balanced.ParagraphThresholds[k] && balanced.ParagraphThresholds[k] <= precise.ParagraphThresholds[k]);
            Assert.True(recall.SpanThresholds[k] <= balanced.SpanThresholds[k] && balanced.SpanThresholds[k] <= precise.SpanThresholds[k]);
        }

        Assert.Equal(balanced.Version, recall.Version);
        Assert.Equal(ConfidencePreset.HighRecall, recall.Preset);
    }

    [Fact]
    public void Given_format_4_heads_without_calibration_When_loaded_Then_they_report_raw_scores_and_refuse_other_presets()
    {
        var folder = trained.Copy();
        Rewrite(folder, json => { json["Format"] = 4; json.Remove("Calibration"); }, binaryFormat: 4);

        var heads = TrainedHeads.Load(folder);
        var predictions = CalibratedHeadsFixture.Predict(heads);

        Assert.False(heads.Calibrated);
        Assert.All(predictions.ParagraphTechniques.SelectMany(p => p.Select((l, k) => (l, k))), x => Assert.Equal(x.l.Selected, x.l.Score >= heads.ParagraphThresholds[x.k]));
        var e = Assert.Throws<ModelException>(() => heads.WithPreset(ConfidencePreset.HighRecall));
        Assert.Contains(heads.Version, e.Message, StringComparison.Ordinal);
        Assert.Contains("high-recall", e.Message, StringComparison.Ordinal);
        Assert.Same(heads, heads.WithPreset(ConfidencePreset.Balanced));
    }

    [Theory]
    [InlineData("format 3")]
    [InlineData("format 5 without calibration")]
    [InlineData("decreasing isotonic knots")]
    [InlineData("negative Platt slope")]
    [InlineData("missing preset labels")]
    public void Given_damaged_calibration_When_loaded_Then_a_model_error_names_heads_json(string damage)
    {
        var folder = trained.Copy();
        Rewrite(folder, json =>
        {
            var calibration = json["Calibration"]!.AsObject();
            switch (damage)
            {
                case "format 3":
                    json["Format"] = 3;
                    break;
                case "format 5 without calibration":
                    json.Remove("Calibration");
                    break;
                case "decreasing isotonic knots":
                    calibration["Paragraph"]![0] = JsonNode.Parse("""{"Kind":"isotonic","X":[0,1],"Y":[0.9,0.1]}""");
                    break;
                case "negative Platt slope":
                    calibration["Frames"]![0] = JsonNode.Parse("""{"Kind":"platt","A":-1,"B":0}""");
                    break;
                default:
                    calibration["Presets"]!["high-recall"]!["Spans"] = new JsonArray(0.5);
                    break;
            }
        });

        var e = Assert.Throws<ModelException>(() => TrainedHeads.Load(folder));

        Assert.Contains(Path.Combine(folder, "heads.json"), e.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Given_cross_validation_When_trained_Then_the_report_has_ECE_before_and_after_per_task_reliability_rows_and_preset_figures()
    {
        var report = trained.Result.Report;

        foreach (var task in new[] { "genre", "frames", "paragraphs", "spans" })
        {
            Assert.Contains(report, l => System.Text.RegularExpressions.Regex.IsMatch(l, $@"^ECE {task}: before 0\.\d{{4}} after 0\.\d{{4}} \(\d+ predictions\)$"));
            Assert.Contains(report, l => l.StartsWith($"reliability {task}:", StringComparison.Ordinal));
        }

        Assert.Equal(40, report.Count(l => System.Text.RegularExpressions.Regex.IsMatch(l, @"^  0\.\d-[01]\.\d \| ")));
        foreach (var preset in ConfidencePresets.Names)
        {
            Assert.Contains(report, l => l.StartsWith($"preset {preset}: ", StringComparison.Ordinal));
        }
    }
}
