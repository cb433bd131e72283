using System.Net;
using System.Text.Json;
using Lantern.Actions;
using Lantern.Voices;

namespace Lantern.Web.Tests;

/// <summary><c>?voice=</c> on the corpus routes and the call-to-action counts of /api/stats, against the real app and SQLite corpus.</summary>
[Collection(CorpusAppCollection.Name)]
public sealed class VoiceApiTests(CorpusAppFixture app)
{
    private const string Source = "outlet01.example";

    [Theory]
    [InlineData("all")]
    [InlineData("author")]
    [InlineData("quoted")]
    public async Task Given_a_voice_When_statistics_are_asked_Then_only_spans_in_that_voice_are_counted_and_the_response_names_it(string voice)
    {
        Func<Voice, bool> counted = voice switch
        {
            "author" => v => v.Kind == VoiceKind.Author,
            "quoted" => v => v.IsOthers,
            _ => _ => true,
        };
        var expected = app.Entries.Where(e => e.Source == Source).SelectMany(e => e.Analysis!.Spans).Where(s => counted(s.Voice))
            .GroupBy(s => s.Technique).ToDictionary(g => g.Key, g => (long)g.Count());

        using var json = JsonDocument.Parse(await app.Client.GetStringAsync($"/api/stats?by=technique&source={Source}&voice={voice}"));

        Assert.Equal(voice, json.RootElement.GetProperty("voice").GetString());
        var spans = json.RootElement.GetProperty("rows").EnumerateArray().Where(r => r.GetProperty("spans").GetInt64() > 0)
            .ToDictionary(r => r.GetProperty("technique").GetString()!, r => r.GetProperty("spans").GetInt64());
        Assert.Equal(expected.OrderBy(p => p.Key), spans.OrderBy(p => p.Key));
        Assert.NotEmpty(expected);
    }

    [Fact]
    public async Task Given_flagged_articles_When_statistics_by_source_are_asked_Then_each_source_counts_its_articles_per_flag()
    {
        using var json = JsonDocument.Parse(await app.Client.GetStringAsync("/api/stats?by=source"));

        var rows = json.RootElement.GetProperty("rows").EnumerateArray().GroupBy(r => r.GetProperty("group").GetString()!).ToDictionary(g => g.Key, g => g.First());
        var row = rows[Source];
        var flags = app.Entries.Where(e => e.Source == Source).Select(e => e.Analysis!.CallsToAction.Flag).ToList();
        Assert.Equal(flags.Count(f => f == ActionClass.Civic), row.GetProperty("articlesCivic").GetInt64());
        Assert.Equal(flags.Count(f => f == ActionClass.Hostile), row.GetProperty("articlesHostile").GetInt64());
        Assert.Equal(flags.Count(f => f == ActionClass.Violent), row.GetProperty("articlesViolent").GetInt64());
        Assert.Contains(flags, f => f is not null);
    }

    [Fact]
    public async Task Given_a_voice_When_searching_Then_the_page_names_it()
    {
        using var json = JsonDocument.Parse(await app.Client.GetStringAsync("/api/articles?q=ref-7-3&voice=quoted"));

        Assert.Equal("quoted", json.RootElement.GetProperty("voice").GetString());
        var hit = json.RootElement.GetProperty("hits")[0];
        var expected = app.Entries[3].Analysis!.Spans.Count(s => s.Voice.IsOthers);
        Assert.Equal(expected, hit.GetProperty("techniques").EnumerateArray().Sum(t => t.GetProperty("spans").GetInt64()));
    }

    [Theory]
    [InlineData("/api/stats?voice=narrator")]
    [InlineData("/api/articles?q=council&voice=everyone")]
    [InlineData("/api/compare?a=outlet01.example&b=outlet02.example&voice=1")]
    public async Task Given_an_unknown_voice_When_requested_Then_a_one_line_400_problem_names_the_parameter(string path)
    {
        using var response = await app.Client.GetAsync(path);
        var problem = await Problem.ReadAsync(response);

        Assert.Equal(HttpStatusCode.BadRequest, problem.Status);
        Assert.StartsWith("voice:", problem.Detail, StringComparison.Ordinal);
        Assert.DoesNotContain('\n', problem.Detail);
    }
}
