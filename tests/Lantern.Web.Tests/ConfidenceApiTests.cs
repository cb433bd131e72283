using System.Net;
using System.Text;
using System.Text.Json;
using Lantern.Analysis;
using Lantern.Analysis.Rendering;
using Lantern.Models;
using Lantern.Reading;

namespace Lantern.Web.Tests;

/// <summary><c>?minConfidence=</c> and <c>?preset=</c> on /api/analyze, against the real app on Kestrel.</summary>
[Collection(WebAppCollection.Name)]
public sealed class ConfidenceApiTests(WebAppFixture app)
{
    private async Task<(HttpStatusCode Status, string Body)> PostAsync(string query)
    {
        using var content = new StringContent(Articles.Opinion, Encoding.UTF8, "text/plain");
        using var response = await app.Client.PostAsync("/api/analyze" + query, content);
        return (response.StatusCode, await response.Content.ReadAsStringAsync());
    }

    private ArticleAnalysis Local(ConfidencePreset preset)
    {
        using var stream = new MemoryStream(Encoding.UTF8.GetBytes(Articles.Opinion));
        return app.Analyzer.WithPreset(preset).Analyze(PlainTextReader.Read(stream, "request body", id: "request"));
    }

    private static IEnumerable<double> Scores(JsonElement root) =>
        root.GetProperty("frames").EnumerateArray().Select(f => f.GetProperty("score").GetDouble())
            .Concat(root.GetProperty("paragraphs").EnumerateArray().SelectMany(p => p.GetProperty("techniques").EnumerateArray()).Select(t => t.GetProperty("score").GetDouble()))
            .Concat(root.GetProperty("spans").EnumerateArray().Select(s => s.GetProperty("score").GetDouble()));

    [Fact]
    public async Task Given_a_minimum_confidence_When_an_article_is_posted_Then_the_answer_is_the_filtered_analysis_and_every_score_reaches_it()
    {
        var all = Local(ConfidencePreset.Balanced);
        var scores = all.Spans.Select(s => s.Score).Concat(all.Paragraphs.SelectMany(p => p.Techniques).Select(t => t.Score)).Order().ToList();
        Assert.NotEmpty(scores);
        var cut = Math.Round(scores[scores.Count / 2], 3);

        var (status, body) = await PostAsync($"?minConfidence={cut.ToString(System.Globalization.CultureInfo.InvariantCulture)}");

        Assert.Equal(HttpStatusCode.OK, status);
        Assert.Equal(AnalysisJson.Serialize(ConfidenceFilter.Apply(all, cut)), body);
        using var json = JsonDocument.Parse(body);
        Assert.All(Scores(json.RootElement), s => Assert.True(s >= cut, $"{s} < {cut}"));
        Assert.True(Scores(json.RootElement).Count() < scores.Count + all.Frames.Count);
    }

    [Theory]
    [InlineData("high-recall", ConfidencePreset.HighRecall)]
    [InlineData("high-precision", ConfidencePreset.HighPrecision)]
    [InlineData("balanced", ConfidencePreset.Balanced)]
    public async Task Given_a_preset_When_an_article_is_posted_Then_the_answer_is_the_analysis_with_its_thresholds(string name, ConfidencePreset preset)
    {
        var (status, body) = await PostAsync($"?preset={name}");

        Assert.Equal(HttpStatusCode.OK, status);
        Assert.Equal(AnalysisJson.Serialize(Local(preset)), body);
    }

    [Theory]
    [InlineData("?minConfidence=1.2", "minConfidence")]
    [InlineData("?minConfidence=-1", "minConfidence")]
    [InlineData("?minConfidence=high", "minConfidence")]
    [InlineData("?preset=sloppy", "preset")]
    public async Task Given_a_bad_confidence_parameter_When_posted_Then_the_answer_is_a_one_line_400_problem_naming_it(string query, string name)
    {
        using var content = new StringContent(Articles.Opinion, Encoding.UTF8, "text/plain");
        using var response = await app.Client.PostAsync("/api/analyze" + query, content);
        var problem = await Problem.ReadAsync(response);

        Assert.Equal(HttpStatusCode.BadRequest, problem.Status);
        Assert.Equal("application/problem+json", problem.ContentType);
        Assert.StartsWith(name + ":", problem.Detail, StringComparison.Ordinal);
        Assert.DoesNotContain('\n', problem.Detail);
    }
}
