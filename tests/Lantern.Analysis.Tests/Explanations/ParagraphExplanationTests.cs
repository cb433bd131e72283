using Lantern.Analysis.Explanations;
using Lantern.Analysis.Rendering;
using Lantern.Analysis.Tests.Pipeline;
using Samples = Lantern.Analysis.Tests.Pipeline.Articles;

namespace Lantern.Analysis.Tests.Explanations;

/// <summary>Why-explanations of paragraph technique labels (occlusion of the paragraph's words) and explaining one finding.</summary>
public sealed class ParagraphExplanationTests(AnalyzerFixture fixture) : IClassFixture<AnalyzerFixture>
{
    // One paragraph of 60 words, far over the 40 words occlusion tries for a label.
    private const string Long = """
        A Disgraceful Council

        These corrupt cowards on the council have betrayed every honest family in this town again and again, and their shameful, reckless, idiotic budget is a total disaster that will ruin our schools, our hospital and our future forever, while the same arrogant clowns keep lying to our faces about the taxes they waste on themselves and their greedy friends every single year.
        """;

    [Fact]
    public void Given_labelled_paragraphs_When_explained_Then_every_label_has_its_cue_words_inside_its_paragraph()
    {
        var article = Samples.Read(Samples.Loaded);

        var analysis = fixture.Analyzer.Explain(article);

        var labels = analysis.Paragraphs.SelectMany(p => p.Techniques.Select(t => (p.Index, t.Label))).ToList();
        Assert.NotEmpty(labels);
        Assert.Equal(labels, analysis.ParagraphExplanations.Select(e => (e.Paragraph, e.Technique)));
        Assert.All(analysis.ParagraphExplanations, e =>
        {
            var paragraph = analysis.Paragraphs[e.Paragraph];
            Assert.Equal(paragraph.Span, e.Span);
            Assert.NotEmpty(e.Definition);
            Assert.InRange(e.WordsTested, 1, Math.Min(40, e.Words));
            Assert.InRange(e.Cues.Count, 0, 5);
            Assert.All(e.Cues, c =>
            {
                Assert.Equal(c.Text, c.Span.Of(article.Text));
                Assert.True(paragraph.Span.Contains(c.Span), $"{c.Text} outside its paragraph");
                Assert.True(c.Drop > 0);
            });
            Assert.Equal(e.Cues.OrderByDescending(c => c.Drop).Select(c => c.Start), e.Cues.Select(c => c.Start));
            Assert.Empty(e.Similar);
        });
        Assert.Contains(analysis.ParagraphExplanations, e => e.Cues.Count > 0);
    }

    [Fact]
    public void Given_a_paragraph_over_the_word_cap_When_explained_Then_it_says_how_many_of_its_words_were_tried()
    {
        var article = Samples.Read(Long);

        var analysis = fixture.Analyzer.Explain(article);

        var capped = analysis.ParagraphExplanations.Where(e => e.Words > 40).ToList();
        Assert.NotEmpty(capped);
        Assert.All(capped, e => Assert.Equal(40, e.WordsTested));
        Assert.Contains($"({capped[0].WordsTested} of {capped[0].Words} words tried)", AnalysisText.Render(analysis, markup: false), StringComparison.Ordinal);
    }

    [Fact]
    public void Given_one_span_in_scope_When_explained_Then_only_that_span_is_explained_with_the_cues_of_a_full_explanation()
    {
        var article = Samples.Read(Samples.Loaded);
        var full = fixture.Analyzer.Explain(article);
        var target = full.Explanations.First(e => e.Cues.Count > 0);

        var one = fixture.Analyzer.Explain(article, ExplanationScope.OfSpan(target.Technique, target.Start, target.Length));

        var explanation = Assert.Single(one.Explanations);
        Assert.Empty(one.ParagraphExplanations);
        Assert.Equal((target.Technique, target.Start, target.Length), (explanation.Technique, explanation.Start, explanation.Length));
        Assert.Equal(target.Cues, explanation.Cues);
    }

    [Fact]
    public void Given_one_paragraph_label_in_scope_When_explained_Then_only_that_label_is_explained()
    {
        var article = Samples.Read(Samples.Loaded);
        var analysis = fixture.Analyzer.Analyze(article);
        var paragraph = analysis.Paragraphs.First(p => p.Techniques.Count > 0);
        var label = paragraph.Techniques[0].Label;

        var one = fixture.Analyzer.Explain(article, ExplanationScope.OfParagraph(paragraph.Index, label));

        var explanation = Assert.Single(one.ParagraphExplanations);
        Assert.Empty(one.Explanations);
        Assert.Equal((paragraph.Index, label), (explanation.Paragraph, explanation.Technique));
    }

    [Fact]
    public void Given_explained_paragraphs_When_serialised_Then_the_json_has_paragraph_explanations_and_no_embeddings()
    {
        var analysis = fixture.Analyzer.Explain(Samples.Read(Samples.Loaded), ExplanationScope.OfParagraph(0, "Loaded_Language"));

        using var json = System.Text.Json.JsonDocument.Parse(AnalysisJson.Serialize(analysis));

        Assert.Equal(System.Text.Json.JsonValueKind.Array, json.RootElement.GetProperty("paragraphExplanations").ValueKind);
        Assert.False(json.RootElement.TryGetProperty("embeddings", out _));
        foreach (var e in json.RootElement.GetProperty("paragraphExplanations").EnumerateArray())
        {
            foreach (var name in new[] { "paragraph", "start", "length", "technique", "definition", "score", "cues", "words", "wordsTested", "similar" })
            {
                Assert.True(e.TryGetProperty(name, out _), name);
            }
        }
    }
}
