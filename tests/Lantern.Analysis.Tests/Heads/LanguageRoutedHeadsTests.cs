using Lantern.Articles;
using Lantern.Documents;
using Lantern.Errors;
using Lantern.Languages;
using Lantern.Models;
using Lantern.Models.Heads;
using Lantern.Segmentation;

namespace Lantern.Analysis.Tests.Heads;

public sealed class LanguageRoutedHeadsTests : IDisposable
{
    private readonly string root = Path.Combine(Path.GetTempPath(), "lantern-routes-" + Guid.NewGuid().ToString("N"));

    public LanguageRoutedHeadsTests()
    {
        // Two copies of the shipped heads; the second differs by one byte of JSON whitespace, so it has another version.
        var shipped = ShippedModels.Folder();
        Directory.CreateDirectory(Path.Combine(root, "multi"));
        foreach (var file in new[] { "heads.bin", "heads.json" })
        {
            File.Copy(Path.Combine(shipped, file), Path.Combine(root, file));
            File.Copy(Path.Combine(shipped, file), Path.Combine(root, "multi", file));
        }

        File.AppendAllText(Path.Combine(root, "multi", "heads.json"), "\n");
    }

    [Fact]
    public void Given_a_routes_file_When_articles_in_two_languages_are_predicted_Then_each_goes_to_its_heads()
    {
        File.WriteAllText(Path.Combine(root, LanguageRoutedHeads.RoutesFile), """{"ru": "multi", "ge": "multi"}""");
        var main = TrainedHeads.Load(root).Version;
        var multi = TrainedHeads.Load(Path.Combine(root, "multi")).Version;
        Assert.NotEqual(main, multi);

        var heads = LanguageRoutedHeads.Load(root);

        Assert.Equal(multi, Predict(heads, "ru").ModelVersion);
        Assert.Equal(multi, Predict(heads, "de").ModelVersion); // ge is SemEval's code for de
        Assert.Equal(main, Predict(heads, "en").ModelVersion);
        Assert.Equal(main, Predict(heads, "und").ModelVersion);
        Assert.Equal($"{main},{multi}", heads.Version);
    }

    [Fact]
    public void Given_no_routes_file_When_loaded_Then_the_folder_heads_answer_every_language()
    {
        var heads = LanguageRoutedHeads.Load(root);

        Assert.IsType<TrainedHeads>(heads);
        Assert.Equal(TrainedHeads.Load(root).Version, Predict(heads, "ru").ModelVersion);
    }

    [Fact]
    public void Given_a_route_to_a_missing_folder_When_loaded_Then_a_model_error_names_the_file()
    {
        File.WriteAllText(Path.Combine(root, LanguageRoutedHeads.RoutesFile), """{"fr": "nowhere"}""");

        var e = Assert.Throws<ModelException>(() => LanguageRoutedHeads.Load(root));

        Assert.Contains("nowhere", e.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("{not json")]
    [InlineData("""{"fr": "../elsewhere"}""")]
    public void Given_a_corrupt_routes_file_When_loaded_Then_a_model_error_names_it(string content)
    {
        File.WriteAllText(Path.Combine(root, LanguageRoutedHeads.RoutesFile), content);

        var e = Assert.Throws<ModelException>(() => LanguageRoutedHeads.Load(root));

        Assert.Contains(LanguageRoutedHeads.RoutesFile, e.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Given_routed_heads_trained_on_another_encoder_When_loaded_Then_a_model_error_names_their_file()
    {
        File.WriteAllText(Path.Combine(root, LanguageRoutedHeads.RoutesFile), """{"fr": "multi"}""");
        var settings = Path.Combine(root, "multi", "heads.json");
        var json = System.Text.Json.Nodes.JsonNode.Parse(File.ReadAllText(settings))!;
        var other = TrainedHeads.Load(root).Encoder == "all-MiniLM-L6-v2-int8" ? "all-MiniLM-L6-v2" : "all-MiniLM-L6-v2-int8";
        json["Settings"]!["encoderName"] = other;
        File.WriteAllText(settings, json.ToJsonString());

        var e = Assert.Throws<ModelException>(() => LanguageRoutedHeads.Load(root));

        Assert.Contains(Path.Combine("multi", "heads.json"), e.Message, StringComparison.Ordinal);
        Assert.Contains(other, e.Message, StringComparison.Ordinal);
    }

    public void Dispose() => Directory.Delete(root, recursive: true);

    private static HeadPredictions Predict(IArticleHeads heads, string language)
    {
        const string text = "A headline\n\nA short paragraph of text.\n";
        var paragraphs = LineParagraphs.Split(text);
        var document = new ArticleDocument(new Article { Id = "r", Text = text }, paragraphs, [], [], new LanguageGuess(language, 1), [.. paragraphs.Select(_ => new LanguageGuess(language, 1))]);
        var states = paragraphs.Select(p => new TokenStates(p.Span, [p.Span], new float[384], 384)).ToList();
        return heads.Predict(document, states);
    }
}
