using System.Net;
using System.Text;
using System.Text.Json;

namespace Lantern.Web.Tests;

/// <summary><c>POST /api/explain</c> without a corpus: cue words of one span or one paragraph label, and its problem answers.</summary>
[Collection(WebAppCollection.Name)]
public sealed class ExplainApiTests(WebAppFixture app)
{
    /// <summary>An article of our own whose paragraphs get technique labels (the Opinion sample's do not).</summary>
    internal const string Labelled =
        "Mayor's tax plan is a scandal\n\n" +
        "The mayor's idiotic tax plan is an utter disaster and a disgrace for every family in the region. These incompetent clowns will wreck everything we built.\n";

    internal static async Task<JsonElement> AnalyseAsync(HttpClient client, string text)
    {
        using var response = await client.PostAsync("/api/analyze", new StringContent(text, Encoding.UTF8, "text/plain"));
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        return JsonDocument.Parse(await response.Content.ReadAsStringAsync()).RootElement.Clone();
    }

    internal static async Task<(HttpStatusCode Status, string Body)> ExplainAsync(HttpClient client, object request)
    {
        using var response = await client.PostAsync("/api/explain", new StringContent(JsonSerializer.Serialize(request), Encoding.UTF8, "application/json"));
        return (response.StatusCode, await response.Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task Given_an_analysed_span_When_explained_Then_its_cue_words_are_exact_words_of_its_paragraph_and_no_corpus_is_claimed()
    {
        var analysis = await AnalyseAsync(app.Client, Articles.Opinion);
        var text = analysis.GetProperty("text").GetString()!;
        var span = analysis.GetProperty("spans").EnumerateArray().First();
        var technique = span.GetProperty("technique").GetString()!;
        var (start, length) = (span.GetProperty("start").GetInt32(), span.GetProperty("length").GetInt32());

        var (status, body) = await ExplainAsync(app.Client, new { text, technique, start, length });

        Assert.True(status == HttpStatusCode.OK, body);
        var answer = JsonDocument.Parse(body).RootElement;
        Assert.Equal("span", answer.GetProperty("kind").GetString());
        Assert.False(answer.GetProperty("corpus").GetBoolean());
        var explanation = answer.GetProperty("span");
        Assert.Equal((technique, start, length), (explanation.GetProperty("technique").GetString(), explanation.GetProperty("start").GetInt32(), explanation.GetProperty("length").GetInt32()));
        Assert.Equal(span.GetProperty("text").GetString(), explanation.GetProperty("text").GetString());
        Assert.False(string.IsNullOrEmpty(explanation.GetProperty("definition").GetString()));
        Assert.Equal(0, explanation.GetProperty("similar").GetArrayLength());
        var paragraph = analysis.GetProperty("paragraphs").EnumerateArray().Single(p => p.GetProperty("start").GetInt32() <= start && start < p.GetProperty("start").GetInt32() + p.GetProperty("length").GetInt32());
        foreach (var cue in explanation.GetProperty("cues").EnumerateArray())
        {
            var (cs, cl) = (cue.GetProperty("start").GetInt32(), cue.GetProperty("length").GetInt32());
            Assert.Equal(cue.GetProperty("text").GetString(), text.Substring(cs, cl));
            Assert.InRange(cs, paragraph.GetProperty("start").GetInt32(), paragraph.GetProperty("start").GetInt32() + paragraph.GetProperty("length").GetInt32() - cl);
            Assert.True(cue.GetProperty("drop").GetDouble() > 0);
        }
    }

    [Fact]
    public async Task Given_a_paragraph_label_When_explained_Then_the_answer_is_that_labels_explanation_with_its_word_counts()
    {
        var analysis = await AnalyseAsync(app.Client, Labelled);
        var paragraph = analysis.GetProperty("paragraphs").EnumerateArray().First(p => p.GetProperty("techniques").GetArrayLength() > 0);
        var index = paragraph.GetProperty("index").GetInt32();
        var technique = paragraph.GetProperty("techniques")[0].GetProperty("label").GetString()!;

        var (status, body) = await ExplainAsync(app.Client, new { text = analysis.GetProperty("text").GetString(), technique, paragraph = index });

        Assert.True(status == HttpStatusCode.OK, body);
        var answer = JsonDocument.Parse(body).RootElement;
        Assert.Equal("paragraph", answer.GetProperty("kind").GetString());
        Assert.Equal(JsonValueKind.Null, answer.GetProperty("span").ValueKind);
        var explanation = answer.GetProperty("paragraph");
        Assert.Equal((index, technique), (explanation.GetProperty("paragraph").GetInt32(), explanation.GetProperty("technique").GetString()));
        Assert.Equal(paragraph.GetProperty("start").GetInt32(), explanation.GetProperty("start").GetInt32());
        Assert.InRange(explanation.GetProperty("wordsTested").GetInt32(), 1, explanation.GetProperty("words").GetInt32());
    }

    [Theory]
    [InlineData("""{"text":"Title\n\nSome words here.","technique":"Not_A_Technique","start":0,"length":5}""", HttpStatusCode.BadRequest, "technique")]
    [InlineData("""{"text":"Title\n\nSome words here.","technique":"Doubt","start":0,"length":5,"paragraph":0}""", HttpStatusCode.BadRequest, "either start and length")]
    [InlineData("""{"text":"Title\n\nSome words here.","technique":"Doubt","start":-1,"length":5}""", HttpStatusCode.BadRequest, "start and length")]
    [InlineData("""{"text":"Title\n\nSome words here.","technique":"Doubt","paragraph":0,"similar":11}""", HttpStatusCode.BadRequest, "similar")]
    [InlineData("""{"text":"Title\n\nSome words here.","technique":"Doubt","paragraph":0,"colour":"red"}""", HttpStatusCode.BadRequest, "malformed JSON")]
    [InlineData("""{"text":"Title\n\nThe harbour opens at nine on weekdays.","technique":"Doubt","start":7,"length":7}""", HttpStatusCode.UnprocessableEntity, "no Doubt span at 7+7")]
    [InlineData("""{"text":"Title\n\nThe harbour opens at nine on weekdays.","technique":"Doubt","paragraph":9}""", HttpStatusCode.UnprocessableEntity, "no Doubt label on paragraph 9")]
    public async Task Given_a_bad_explain_request_When_posted_Then_a_problem_with_one_clear_line(string json, HttpStatusCode expected, string detail)
    {
        using var response = await app.Client.PostAsync("/api/explain", new StringContent(json, Encoding.UTF8, "application/json"));

        var problem = await Problem.ReadAsync(response);
        Assert.Equal(expected, problem.Status);
        Assert.Equal("application/problem+json", problem.ContentType);
        Assert.Contains(detail, problem.Detail, StringComparison.Ordinal);
        Assert.DoesNotContain('\n', problem.Detail);
    }

    [Fact]
    public async Task Given_plain_text_When_posted_to_explain_Then_415()
    {
        using var response = await app.Client.PostAsync("/api/explain", new StringContent("Title\n\nWords.", Encoding.UTF8, "text/plain"));

        var problem = await Problem.ReadAsync(response);
        Assert.Equal(HttpStatusCode.UnsupportedMediaType, problem.Status);
        Assert.Contains("application/json", problem.Detail, StringComparison.Ordinal);
    }
}
