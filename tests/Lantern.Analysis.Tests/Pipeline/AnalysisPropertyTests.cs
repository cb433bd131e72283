using CsCheck;
using Lantern.Analysis.Rendering;
using Lantern.Reading;
using Lantern.Taxonomy;

namespace Lantern.Analysis.Tests.Pipeline;

/// <summary>
/// The real analyzer on generated short articles: the same input gives the same JSON twice, and every span and
/// paragraph it reports reads back from the text. Few iterations: each analysis runs the real encoder.
/// </summary>
public sealed class AnalysisPropertyTests(AnalyzerFixture fixture) : IClassFixture<AnalyzerFixture>
{
    private static readonly Gen<string> Sentences = Gen.OneOf(
        "The corrupt elite betrayed every honest worker again.", "Officials said the bridge will reopen on Monday.",
        "Everyone knows this disastrous plan will ruin us all!", "“We acted within the law,” the minister told reporters.",
        "Is this really the best they can do?", "Prices rose 3% in May, the office reported.", "Wake up before it is too late.",
        "Ein Sprecher sagte, die Brücke bleibe gesperrt.", "Emoji 😀 do not break offsets.");

    private static readonly Gen<string> Texts = Gen.Select(Sentences, Sentences.Array[1, 4].Array[1, 3],
        (title, paragraphs) => $"{title}\n\n{string.Join("\n", paragraphs.Select(p => string.Join(" ", p)))}\n");

    [Fact]
    public void Given_a_generated_short_article_When_analysed_twice_Then_the_JSON_is_identical_and_every_span_reads_back()
    {
        Texts.Sample(text =>
        {
            var article = PlainTextReader.FromText(text, "gen");

            var first = fixture.Analyzer.Analyze(article);
            var second = fixture.Analyzer.Analyze(article);

            Assert.Equal(AnalysisJson.Serialize(first), AnalysisJson.Serialize(second));
            Assert.All(first.Spans, s =>
            {
                Assert.Equal(s.Text, s.Span.Of(text));
                Assert.Contains(s.Technique, Labels.TechniqueLabels);
            });
            Assert.All(first.Paragraphs, p => Assert.Equal(p.Span.Length, p.Span.Of(text).Length));
        }, iter: 5, threads: 1);
    }
}
