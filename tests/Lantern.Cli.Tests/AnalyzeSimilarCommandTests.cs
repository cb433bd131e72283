using System.Text.Json;

namespace Lantern.Cli.Tests;

/// <summary><c>lantern analyze --explain --db</c>: explanations with the most similar passages of a real SQLite corpus.</summary>
public sealed class AnalyzeSimilarCommandTests : IDisposable
{
    private static readonly Dictionary<string, string> Corpus = new()
    {
        ["council.txt"] = """
            Council betrays the town again

            The council's reckless housing plan is a disgrace and a total disaster for every family in this town. These corrupt bureaucrats will ruin everything we love.

            Critics call the scheme a shameful betrayal of workers, and they are right: only a fool would trust these people with our money.
            """,
        ["bridge.txt"] = """
            A calm report on road repairs

            The transport office said on Tuesday that repairs to the bridge will finish in May. Traffic will use the north lane until then.

            Officials expect the work to cost about two million euros, in line with the budget approved last year.
            """,
        ["minister.txt"] = """
            The minister's shameful surrender

            This cowardly minister has sold out the nation to foreign bankers. His disgraceful deal is a catastrophe that will destroy our farms and our families.

            Every patriot knows the truth: these traitors must be stopped before it is too late.
            """,
    };

    private readonly TempDir dir = new();

    [Fact]
    public void Given_a_corpus_holding_the_article_When_explained_with_db_Then_each_explanation_lists_similar_passages_from_the_other_articles()
    {
        var db = Ingested();
        var path = System.IO.Path.Combine(dir.Path, "corpus", "council.txt");

        var r = CliRun.Run("analyze", path, "--explain", "--db", db, "--similar", "2", "--format", "json");

        Assert.Equal(ExitCodes.Ok, r.Code);
        using var json = JsonDocument.Parse(r.Out);
        var explanations = json.RootElement.GetProperty("explanations").EnumerateArray()
            .Concat(json.RootElement.GetProperty("paragraphExplanations").EnumerateArray()).ToList();
        Assert.NotEmpty(explanations);
        var similar = explanations.SelectMany(e => e.GetProperty("similar").EnumerateArray().Select(s => (Explanation: e, Similar: s))).ToList();
        Assert.NotEmpty(similar);
        Assert.All(explanations, e => Assert.InRange(e.GetProperty("similar").GetArrayLength(), 0, 2));
        foreach (var (explanation, s) in similar)
        {
            var title = s.GetProperty("title").GetString()!;
            Assert.NotEqual("Council betrays the town again", title); // never the article itself
            var file = Corpus.Single(c => c.Value.StartsWith(title, StringComparison.Ordinal)).Value;
            Assert.Equal(s.GetProperty("text").GetString(), file.Substring(s.GetProperty("start").GetInt32(), s.GetProperty("length").GetInt32()));
            Assert.Equal(explanation.GetProperty("technique").GetString(), s.GetProperty("technique").GetString());
            Assert.InRange(s.GetProperty("similarity").GetDouble(), -1, 1);
            Assert.True(s.GetProperty("articleId").GetInt64() > 0);
        }
    }

    [Fact]
    public void Given_a_corpus_When_explained_as_text_Then_the_why_section_shows_similar_passages_and_paragraph_labels()
    {
        var db = Ingested();
        var path = dir.File("query.txt", """
            Mayor's tax plan is a scandal

            The mayor's idiotic tax plan is an utter disaster and a disgrace for every family in the region. These incompetent clowns will wreck everything we built.
            """);

        var r = CliRun.Run("analyze", path, "--explain", "--db", db, "--format", "text");

        Assert.Equal(ExitCodes.Ok, r.Code);
        Assert.Contains("similar 0.", r.Out, StringComparison.Ordinal);
        Assert.Contains("¶ 1 ", r.Out, StringComparison.Ordinal);
    }

    [Fact]
    public void Given_db_without_explain_When_analysed_Then_a_usage_error_before_the_models_load()
    {
        var db = Ingested();
        var path = dir.File("query.txt", "Title\n\nA paragraph about the harbour.\n");

        var r = CliRun.Run("analyze", path, "--db", db);

        Assert.Equal(ExitCodes.Usage, r.Code);
        Assert.Contains("--db: needs --explain", r.Err, StringComparison.Ordinal);
    }

    [Fact]
    public void Given_a_missing_corpus_file_When_explained_Then_a_usage_error_and_no_file_is_created()
    {
        var db = System.IO.Path.Combine(dir.Path, "missing.db");
        var path = dir.File("query.txt", "Title\n\nA paragraph about the harbour.\n");

        var r = CliRun.Run("analyze", path, "--explain", "--db", db);

        Assert.Equal(ExitCodes.Usage, r.Code);
        Assert.Contains("no such corpus database", r.Err, StringComparison.Ordinal);
        Assert.False(File.Exists(db));
    }

    [Theory]
    [InlineData("--similar", "0", "--db")]
    [InlineData("--similar", "2", null)]
    public void Given_a_bad_similar_count_or_similar_without_db_When_analysed_Then_a_usage_error(string option, string value, string? db)
    {
        var path = dir.File("query.txt", "Title\n\nA paragraph about the harbour.\n");
        string[] args = db is null ? ["analyze", path, "--explain", option, value] : ["analyze", path, "--explain", option, value, db, System.IO.Path.Combine(dir.Path, "x.db")];

        var r = CliRun.Run(args);

        Assert.Equal(ExitCodes.Usage, r.Code);
        Assert.Contains("--similar", r.Err, StringComparison.Ordinal);
    }

    public void Dispose() => dir.Dispose();

    private string Ingested()
    {
        foreach (var (name, text) in Corpus)
        {
            dir.File(System.IO.Path.Combine("corpus", name), text);
        }

        var db = System.IO.Path.Combine(dir.Path, "corpus.db");
        var r = CliRun.Run("ingest", System.IO.Path.Combine(dir.Path, "corpus"), "--db", db);
        Assert.True(r.Code == ExitCodes.Ok, r.Err);
        return db;
    }
}
