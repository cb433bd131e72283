using Lantern.Articles;
using Lantern.Store;
using Lantern.Store.Synthetic;
using Lantern.Web.Api.Corpus;
using Microsoft.AspNetCore.Routing;

namespace Lantern.Web.Tests;

/// <summary>
/// The real app serving a real SQLite corpus in a temporary file: <see cref="SyntheticCount"/> synthetic analysed
/// articles, saved through the store's API, plus one hostile article (markup in its title and text) analysed by the
/// app's own analyzer. Ingest is enabled with <see cref="Token"/>; the rate limit is off (the tests make many requests).
/// </summary>
public sealed class CorpusAppFixture : WebAppFixture
{
    public const int SyntheticCount = 60;
    public const string Token = "corpus-test-token-6f1c";
    public const string HostileTitle = "<img src=x onerror=\"alert('title')\"> Zebrafish <script>alert('t')</script>";
    public const string HostileWord = "zebrafish";

    private readonly string directory = Path.Combine(Path.GetTempPath(), "lantern-corpusweb-" + Guid.NewGuid().ToString("N"));

    public ICorpusStore Store { get; private set; } = null!;

    public IReadOnlyList<CorpusEntry> Entries { get; private set; } = [];

    public string DatabasePath => Path.Combine(directory, "corpus.db");

    protected override LanternWebOptions Options => base.Options with { RequestBurst = 0, Corpus = Store };

    protected override Action<RouteGroupBuilder>? Extend => api => CorpusApi.Map(api, new CorpusApiOptions(Store, Token));

    public static string HostileText =>
        HostileTitle + "\n\n" +
        "The zebrafish council is a disgrace and a total disaster, says every honest voter. <img src=x onerror=\"alert('body')\"> " +
        "They will ruin everything we love unless we stop them now. <script>alert('body')</script>\n\n" +
        "Critics of the zebrafish plan call it a shameful betrayal of families and workers.\n";

    public override async Task InitializeAsync()
    {
        Directory.CreateDirectory(directory);
        Store = await CorpusStores.OpenAsync(DatabasePath, migrate: true);
        Entries = [.. Enumerable.Range(0, SyntheticCount).Select(i => SyntheticCorpus.Entry(i, seed: 7))];
        await Store.SaveAsync(Entries);
        await base.InitializeAsync();

        var hostile = new Article
        {
            Id = "hostile-1",
            Text = HostileText,
            Title = HostileTitle,
            Source = "hostile.example",
            Url = "https://hostile.example/a/1",
            Published = new DateTimeOffset(2025, 6, 15, 12, 0, 0, TimeSpan.Zero),
            Language = "en",
            Format = "test",
        };
        await Store.SaveAsync([new CorpusEntry(hostile, hostile.Source, Analyzer.Analyze(hostile))]);
    }

    public override async Task DisposeAsync()
    {
        await base.DisposeAsync();
        await Store.DisposeAsync();
        Directory.Delete(directory, recursive: true);
    }
}
