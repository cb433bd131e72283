using System.Net;
using System.Text.Json;

namespace Lantern.Web.Tests;

/// <summary><c>POST /api/explain</c> on a server with a corpus: the nearest stored passages, never from the explained article itself.</summary>
[Collection(CorpusAppCollection.Name)]
public sealed class ExplainCorpusApiTests(CorpusAppFixture app)
{
    // Shares the hostile stored article's wording, so its spans have near neighbours there.
    private const string Similar =
        "Zebrafish row deepens\n\n" +
        "The zebrafish council is a disgrace and a total disaster, says every honest voter in the valley.\n\n" +
        "Critics of the zebrafish plan call it a shameful betrayal of families.\n";

    [Fact]
    public async Task Given_a_text_like_a_stored_article_When_a_span_is_explained_Then_that_article_is_among_its_similar_passages()
    {
        var analysis = await ExplainApiTests.AnalyseAsync(app.Client, Similar);
        var stored = await ExplainApiTests.AnalyseAsync(app.Client, CorpusAppFixture.HostileText);
        var techniques = stored.GetProperty("spans").EnumerateArray().Select(s => s.GetProperty("technique").GetString()).ToHashSet();
        var span = analysis.GetProperty("spans").EnumerateArray().First(s => techniques.Contains(s.GetProperty("technique").GetString()));

        var (status, body) = await ExplainApiTests.ExplainAsync(app.Client, new
        {
            text = analysis.GetProperty("text").GetString(),
            technique = span.GetProperty("technique").GetString(),
            start = span.GetProperty("start").GetInt32(),
            length = span.GetProperty("length").GetInt32(),
            similar = 10,
        });

        Assert.True(status == HttpStatusCode.OK, body);
        var answer = JsonDocument.Parse(body).RootElement;
        Assert.True(answer.GetProperty("corpus").GetBoolean());
        var similar = answer.GetProperty("span").GetProperty("similar").EnumerateArray().ToList();
        var hostile = Assert.Single(similar, s => s.GetProperty("title").GetString() == CorpusAppFixture.HostileTitle);
        Assert.Equal(hostile.GetProperty("text").GetString(), CorpusAppFixture.HostileText.Substring(hostile.GetProperty("start").GetInt32(), hostile.GetProperty("length").GetInt32()));
        Assert.Equal(span.GetProperty("technique").GetString(), hostile.GetProperty("technique").GetString());
        Assert.Equal(similar.OrderByDescending(s => s.GetProperty("similarity").GetDouble()).Select(s => s.GetProperty("articleId").GetInt64()), similar.Select(s => s.GetProperty("articleId").GetInt64()));
    }

    [Fact]
    public async Task Given_a_stored_articles_own_text_When_explained_Then_it_is_not_its_own_neighbour()
    {
        var analysis = await ExplainApiTests.AnalyseAsync(app.Client, CorpusAppFixture.HostileText);
        var span = analysis.GetProperty("spans").EnumerateArray().First();

        var (status, body) = await ExplainApiTests.ExplainAsync(app.Client, new
        {
            text = analysis.GetProperty("text").GetString(),
            technique = span.GetProperty("technique").GetString(),
            start = span.GetProperty("start").GetInt32(),
            length = span.GetProperty("length").GetInt32(),
            similar = 10,
        });

        Assert.True(status == HttpStatusCode.OK, body);
        var similar = JsonDocument.Parse(body).RootElement.GetProperty("span").GetProperty("similar").EnumerateArray();
        Assert.DoesNotContain(similar, s => s.GetProperty("title").GetString() == CorpusAppFixture.HostileTitle);
    }
}
