using Lantern.Articles;
using Lantern.Documents;
using Lantern.Errors;
using Lantern.Languages;
using Lantern.Models.Encoding;
using Lantern.Models.Heads;
using Lantern.Models.Training;
using Lantern.Segmentation;
using Lantern.Taxonomy;

namespace Lantern.Analysis.Tests.Heads;

public sealed class TrainedHeadsTests : IDisposable
{
    private readonly string root = Directory.CreateTempSubdirectory("lantern-heads-test").FullName;

    public void Dispose() => Directory.Delete(root, recursive: true);

    private TrainResult Train(string output, int folds = 2) => Trainer.Run(
        new TrainSettings
        {
            DataDirectory = TinyCorpus.Write(Path.Combine(root, "data")),
            OutputDirectory = Path.Combine(root, output),
            Folds = folds,
            Seed = 7,
            Languages = ["en"],
            CacheDirectory = Path.Combine(root, "cache"),
        },
        null,
        _ => { });

    private static ArticleDocument Document(string text)
    {
        var article = new Article { Id = "t", Text = text, Language = "en" };
        var paragraphs = LineParagraphs.Split(text);
        return new ArticleDocument(article, paragraphs, [], [], new LanguageGuess("en", 1), [.. paragraphs.Select(_ => new LanguageGuess("en", 1))]);
    }

    [Fact]
    public void Given_a_tiny_corpus_When_trained_and_loaded_Then_it_predicts_every_label_and_spans_on_exact_text()
    {
        var result = Train("model");
        Assert.Contains(result.Report, l => l.StartsWith("mean en:", StringComparison.Ordinal));
        var heads = TrainedHeads.Load(result.ModelDirectory);
        Assert.Equal(result.ModelVersion, heads.Version);

        const string text = "A new vote\n\nThose shameful corrupt traitors on the council want to take your money, café owners say 😀.\nThe meeting ended at nine.\n";
        var document = Document(text);
        using var encoder = MiniLmEncoder.Create();
        var states = encoder.Encode(text, [.. document.Paragraphs.Select(p => p.Span)]);
        var predictions = heads.Predict(document, states);

        Assert.Equal(heads.Version, predictions.ModelVersion);
        Assert.Equal(Labels.Genres, predictions.Genres.Select(g => g.Label));
        Assert.Single(predictions.Genres, g => g.Selected);
        Assert.Equal(Labels.Frames, predictions.Frames.Select(f => f.Label));
        Assert.Equal(document.Paragraphs.Count, predictions.ParagraphTechniques.Count);
        Assert.All(predictions.ParagraphTechniques, p => Assert.Equal(Labels.TechniqueLabels, p.Select(l => l.Label)));
        Assert.NotEmpty(predictions.Spans);
        foreach (var span in predictions.Spans)
        {
            var covered = span.Span.Of(text);
            Assert.Equal(covered.Trim(), covered);
            Assert.Contains(document.Paragraphs, p => p.Span.Contains(span.Span));
            Assert.Contains(span.Technique, Labels.TechniqueLabels);
            Assert.InRange(span.Score, 0, 1);
        }

        Assert.Contains(predictions.Spans, s => s.Technique == "Loaded_Language" && s.Span.Of(text).Contains("corrupt", StringComparison.Ordinal));
    }

    [Fact]
    public void Given_the_same_seed_When_trained_twice_Then_the_model_files_are_identical()
    {
        var first = Train("a", folds: 0);
        var second = Train("b", folds: 0);
        Assert.Equal(first.ModelVersion, second.ModelVersion);
        foreach (var file in Directory.GetFiles(first.ModelDirectory))
        {
            Assert.Equal(File.ReadAllBytes(file), File.ReadAllBytes(Path.Combine(second.ModelDirectory, Path.GetFileName(file))));
        }
    }

    [Fact]
    public void Given_a_folder_without_model_files_When_loaded_Then_a_model_error_names_the_missing_file()
    {
        var error = Assert.Throws<ModelException>(() => TrainedHeads.Load(root));
        Assert.Contains("heads.bin", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Given_a_truncated_weights_file_When_loaded_Then_a_model_error_names_it_as_corrupt()
    {
        var result = Train("broken", folds: 0);
        var weights = Path.Combine(result.ModelDirectory, "heads.bin");
        var bytes = File.ReadAllBytes(weights);
        File.WriteAllBytes(weights, bytes[..(bytes.Length / 2)]);
        var error = Assert.Throws<ModelException>(() => TrainedHeads.Load(result.ModelDirectory));
        Assert.Contains("heads.bin", error.Message, StringComparison.Ordinal);
        Assert.Contains("corrupt", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Given_a_damaged_settings_file_When_loaded_Then_a_model_error_names_it()
    {
        var result = Train("json", folds: 0);
        File.WriteAllText(Path.Combine(result.ModelDirectory, "heads.json"), "{ not json");
        var error = Assert.Throws<ModelException>(() => TrainedHeads.Load(result.ModelDirectory));
        Assert.Contains("heads.json", error.Message, StringComparison.Ordinal);
    }
}
