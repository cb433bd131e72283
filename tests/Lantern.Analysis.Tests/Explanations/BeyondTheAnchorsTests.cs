using System.Text.Json;
using Lantern.Actions;
using Lantern.Analysis.Rendering;
using Lantern.Analysis.Tests.Pipeline;
using Samples = Lantern.Analysis.Tests.Pipeline.Articles;
using Lantern.Voices;

namespace Lantern.Analysis.Tests.Explanations;

/// <summary>Voices, calls to action, the summary and occlusion explanations inside the real analysis.</summary>
public sealed class BeyondTheAnchorsTests(AnalyzerFixture fixture) : IClassFixture<AnalyzerFixture>
{
    private const string Speech = """
        A Shameful Council

        "These corrupt cowards must be driven out of town," said Mayor John Smith.
        We must vote them out in May and sign the petition today.
        The council's plan is a disgrace that everyone can see.
        """;

    [Fact]
    public void Given_a_quote_and_an_author_call_When_analysed_Then_spans_carry_their_voice_and_only_the_author_call_raises_the_flag()
    {
        var article = Samples.Read(Speech);

        var analysis = fixture.Analyzer.Analyze(article);

        var quote = article.Text.IndexOf("\"These", StringComparison.Ordinal);
        var quoteEnd = article.Text.IndexOf("said", StringComparison.Ordinal);
        Assert.All(analysis.Spans, s =>
        {
            var inside = s.Start >= quote && s.Start + s.Length <= quoteEnd;
            Assert.Equal(inside ? VoiceKind.Quoted : s.Voice.Kind, s.Voice.Kind);
            if (inside)
            {
                Assert.Equal("Mayor John Smith", s.Voice.Speaker);
            }
        });
        var calls = analysis.CallsToAction;
        Assert.Equal(2, calls.Calls.Count);
        Assert.Equal((ActionClass.Hostile, VoiceKind.Quoted, "Mayor John Smith"), (calls.Calls[0].Class, calls.Calls[0].Voice.Kind, calls.Calls[0].Voice.Speaker));
        Assert.Equal((ActionClass.Civic, VoiceKind.Author), (calls.Calls[1].Class, calls.Calls[1].Voice.Kind));
        Assert.Equal(ActionClass.Civic, calls.Flag);
        Assert.False(calls.Incitement);
        Assert.All(calls.Calls, c =>
        {
            Assert.Equal(c.Text, c.Span.Of(article.Text));
            Assert.All(c.Cues, cue => Assert.Equal(cue.Text, cue.Span.Of(article.Text)));
        });
        Assert.Equal(VoiceKind.Quoted, analysis.Paragraphs[1].Voice.Kind);
        Assert.Equal(VoiceKind.Author, analysis.Paragraphs[2].Voice.Kind);
        Assert.Contains("The author calls for civic action", analysis.Summary, StringComparison.Ordinal);
    }

    [Fact]
    public void Given_an_analysis_When_serialised_Then_the_old_fields_stay_and_voice_calls_and_summary_are_added_in_camelCase()
    {
        var analysis = fixture.Analyzer.Analyze(Samples.Read(Speech));

        using var json = JsonDocument.Parse(AnalysisJson.Serialize(analysis));
        var root = json.RootElement;
        foreach (var name in new[] { "id", "title", "language", "genre", "frames", "paragraphs", "spans", "warnings", "model", "text", "callsToAction", "summary", "explanations" })
        {
            Assert.True(root.TryGetProperty(name, out _), name);
        }

        Assert.Equal("civic", root.GetProperty("callsToAction").GetProperty("flag").GetString());
        Assert.Equal("quoted", root.GetProperty("callsToAction").GetProperty("calls")[0].GetProperty("voice").GetProperty("kind").GetString());
        Assert.Equal("author", root.GetProperty("paragraphs")[0].GetProperty("voice").GetProperty("kind").GetString());
    }

    [Fact]
    public void Given_the_loaded_article_When_explained_Then_every_span_has_a_definition_and_cues_that_are_words_of_its_paragraph()
    {
        var article = Samples.Read(Samples.Loaded);

        var analysis = fixture.Analyzer.Explain(article);

        Assert.NotEmpty(analysis.Spans);
        Assert.Equal(analysis.Spans.Count, analysis.Explanations.Count);
        Assert.All(analysis.Explanations, e =>
        {
            Assert.NotEmpty(e.Definition);
            Assert.Equal(e.Text, e.Span.Of(article.Text));
            var paragraph = analysis.Paragraphs.Single(p => p.Span.Contains(e.Span.Start));
            Assert.All(e.Cues, c =>
            {
                Assert.Equal(c.Text, c.Span.Of(article.Text));
                Assert.True(paragraph.Span.Contains(c.Span), $"{c.Text} outside its paragraph");
                Assert.True(c.Drop > 0);
            });
            Assert.Equal(e.Cues.OrderByDescending(c => c.Drop).Select(c => c.Start), e.Cues.Select(c => c.Start));
        });
        Assert.Contains(analysis.Explanations, e => e.Cues.Count > 0);
    }
}
