using Lantern.Articles;
using Lantern.Documents;
using Lantern.Languages;
using Lantern.Models.Encoding;
using Lantern.Models.Heads;
using Lantern.Segmentation;
using Lantern.Taxonomy;

namespace Lantern.Analysis.Tests.Heads;

public sealed class ShippedModelTests
{
    [Fact]
    public void Given_the_shipped_models_When_an_article_is_analysed_Then_labels_are_complete_and_spans_sit_on_the_text()
    {
        var heads = TrainedHeads.Load(ShippedModels.Folder());
        const string text = "Shameless traitors wreck our great nation!\n\nThe corrupt, lying elites in the capital want to destroy everything you love.\n\"We will never surrender,\" the mayor told a cheering crowd on Friday.\nThe council approved the budget by seven votes to two.\n";
        var paragraphs = LineParagraphs.Split(text);
        var document = new ArticleDocument(new Article { Id = "s", Text = text, Language = "en" }, paragraphs, [], [], new LanguageGuess("en", 1), [.. paragraphs.Select(_ => new LanguageGuess("en", 1))]);
        // The graph the heads were trained on: their precision and depth (the shipped heads run on a cut encoder).
        using var encoder = MiniLmEncoder.Create(MiniLmEncoderOptions.Default with { Precision = MiniLmEncoder.PrecisionOf(heads.Encoder), Layers = MiniLmEncoder.LayersOf(heads.Encoder) });
        var predictions = heads.Predict(document, encoder.Encode(text, [.. paragraphs.Select(p => p.Span)]));

        Assert.StartsWith("heads-", predictions.ModelVersion, StringComparison.Ordinal);
        var chosen = Assert.Single(predictions.Genres, g => g.Selected);
        Assert.Equal(predictions.Genres.Max(g => g.Score), chosen.Score);
        Assert.Equal(1.0, predictions.Genres.Sum(g => g.Score), 4);
        Assert.Equal(Labels.Frames.Count, predictions.Frames.Count);
        Assert.Equal(paragraphs.Count, predictions.ParagraphTechniques.Count);
        Assert.Contains(predictions.ParagraphTechniques.SelectMany(p => p), l => l.Selected);
        Assert.NotEmpty(predictions.Spans);
        Assert.All(predictions.Spans, s =>
        {
            var covered = s.Span.Of(text);
            Assert.Equal(covered.Trim(), covered);
            Assert.Contains(paragraphs, p => p.Span.Contains(s.Span));
        });
    }
}
