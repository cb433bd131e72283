using System.Text.Json.Nodes;
using Lantern.Errors;
using Lantern.Models;
using Lantern.Models.Heads;
using Lantern.Models.Internal;

namespace Lantern.Analysis.Tests.Calibration;

/// <summary>Per-language balanced thresholds in the heads files (format 6): which language decides with which thresholds.</summary>
public sealed class LanguageThresholdTests(CalibratedHeadsFixture trained) : IClassFixture<CalibratedHeadsFixture>
{
    private static int SelectedCount(HeadPredictions p) =>
        p.ParagraphTechniques.Sum(labels => labels.Count(l => l.Selected)) + p.Frames.Count(f => f.Selected) + p.Spans.Count;

    /// <summary>Gives one language thresholds of its own: every label at <paramref name="threshold"/>, under the SemEval-style key given.</summary>
    private string WithLanguage(string key, float threshold)
    {
        var folder = trained.Copy();
        var path = Path.Combine(folder, "heads.json");
        var json = JsonNode.Parse(File.ReadAllText(path))!.AsObject();
        JsonArray Fill(int n) => [.. Enumerable.Repeat(threshold, n).Select(v => (JsonNode)JsonValue.Create(v))];
        json["LanguageThresholds"] = new JsonObject { [key] = new JsonObject { ["Paragraph"] = Fill(23), ["Frames"] = Fill(14), ["Spans"] = Fill(23) } };
        File.WriteAllText(path, json.ToJsonString());
        return folder;
    }

    [Fact]
    public void Given_heads_trained_on_one_language_When_saved_Then_they_hold_no_language_thresholds()
    {
        var (model, _) = ModelFiles.Load(trained.Result.ModelDirectory);

        Assert.Empty(model.LanguageThresholds);
        Assert.Null(JsonNode.Parse(File.ReadAllText(Path.Combine(trained.Result.ModelDirectory, "heads.json")))!["LanguageThresholds"]);
        Assert.Same(model, model.ForLanguage("en"));
    }

    [Fact]
    public void Given_thresholds_for_german_under_the_SemEval_code_When_a_german_and_an_english_article_are_predicted_Then_only_the_german_one_uses_them()
    {
        var shared = TrainedHeads.Load(trained.Result.ModelDirectory);
        var heads = TrainedHeads.Load(WithLanguage("ge", 1.01f));

        var english = CalibratedHeadsFixture.Predict(heads, "en");
        var german = CalibratedHeadsFixture.Predict(heads, "de");

        Assert.Equal(["de"], heads.ThresholdLanguages);
        Assert.True(SelectedCount(CalibratedHeadsFixture.Predict(shared, "de")) > 0, "the fixture heads select something for this text");
        Assert.Equal(SelectedCount(CalibratedHeadsFixture.Predict(shared, "en")), SelectedCount(english));
        Assert.Equal(0, SelectedCount(german));
        // Scores do not depend on the thresholds' language: only decisions do.
        Assert.Equal(english.ParagraphTechniques[1].Select(l => l.Label), german.ParagraphTechniques[1].Select(l => l.Label));
    }

    [Fact]
    public void Given_language_thresholds_When_saved_and_loaded_again_Then_they_survive_and_the_version_is_stable()
    {
        var folder = WithLanguage("fr", 0.5f);
        var (model, version) = ModelFiles.Load(folder);
        var again = Path.Combine(trained.Root, "resaved-" + Guid.NewGuid().ToString("N"));

        ModelFiles.Save(model, again);
        var (reloaded, reloadedVersion) = ModelFiles.Load(again);
        ModelFiles.Save(reloaded, again);

        Assert.Equal(reloadedVersion, ModelFiles.Load(again).Version);
        Assert.NotEqual(ModelFiles.Load(trained.Result.ModelDirectory).Version, version);
        Assert.Equal(model.LanguageThresholds["fr"].Paragraph, reloaded.LanguageThresholds["fr"].Paragraph);
        Assert.Equal(0.5f, reloaded.ForLanguage("fr").FrameThresholds[3]);
        Assert.Equal(model.FrameThresholds, reloaded.ForLanguage("it").FrameThresholds);
    }

    [Fact]
    public void Given_language_thresholds_with_too_few_labels_When_loaded_Then_a_model_error_names_heads_json()
    {
        var folder = WithLanguage("ru", 0.5f);
        var path = Path.Combine(folder, "heads.json");
        var json = JsonNode.Parse(File.ReadAllText(path))!.AsObject();
        json["LanguageThresholds"]!["ru"]!["Spans"] = new JsonArray(0.5);
        File.WriteAllText(path, json.ToJsonString());

        var e = Assert.Throws<ModelException>(() => TrainedHeads.Load(folder));

        Assert.Contains(path, e.Message, StringComparison.Ordinal);
        Assert.Contains("language ru", e.Message, StringComparison.Ordinal);
    }
}
