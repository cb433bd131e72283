using Xunit.Abstractions;

namespace Lantern.Store.Tests;

/// <summary>
/// <c>lantern ingest</c> run as a real process and killed (SIGKILL) at random moments after it began to store: whatever was committed is whole
/// (each article with its analysis), and a final rerun stores exactly the rest: nothing lost, nothing twice.
/// </summary>
public sealed class IngestCrashTests(ITestOutputHelper output)
{
    // Enough that ten killed runs never reach the end, even on a fast machine: one run stores 3–7 articles before its kill
    // here, but a CI machine once stored 30 in one run and 60 articles ran out after 8 kills. A run that ends on its own
    // before the kill does not count, and the test tries up to MaxRuns times to land ten kills.
    private const int Articles = 240;
    private const int Kills = 10;
    private const int MaxRuns = 30;

    [Theory]
    [MemberData(nameof(TestStore.Kinds), MemberType = typeof(TestStore))]
    public async Task Given_an_ingest_killed_ten_times_at_random_points_When_run_once_more_Then_every_article_is_stored_once_with_one_analysis(string kind)
    {
        await using var test = await TestStore.CreateAsync(kind);
        for (var i = 0; i < Articles; i++)
        {
            test.File($"in/story{i:00}.txt", Fixtures.Article(100 + i));
        }

        await (await test.OpenAsync()).DisposeAsync(); // migrated, so the checks below can count rows
        var folder = Path.Combine(test.Folder, "in");
        var random = new Random(2026);
        var progress = new List<long>();
        var kills = 0;
        for (var run = 0; run < MaxRuns && kills < Kills; run++)
        {
            var before = await test.ScalarAsync("SELECT COUNT(*) FROM articles");
            using (var child = Cli.Start("ingest", folder, "--db", test.Db, "--batch", "1"))
            {
                // Kill once the run has committed something of its own (start-up and model loading take a while and
                // vary with the machine's load), plus a random moment more: mid-analysis or mid-commit.
                var deadline = DateTime.UtcNow.AddMinutes(2);
                while (!child.Process.HasExited && await test.ScalarAsync("SELECT COUNT(*) FROM articles") == before)
                {
                    Assert.True(DateTime.UtcNow < deadline, "the ingest stored nothing within 2 minutes:\n" + child.Output);
                    await Task.Delay(25);
                }

                await Task.Delay(random.Next(0, 150));
                if (!child.Process.HasExited)
                {
                    kills++;
                }

                child.Kill();
            }

            var articles = await test.ScalarAsync("SELECT COUNT(*) FROM articles");
            Assert.Equal(articles, await test.ScalarAsync("SELECT COUNT(*) FROM analyses"));
            Assert.Equal(0, await test.ScalarAsync("SELECT COUNT(*) FROM articles WHERE analysis_id IS NULL"));
            progress.Add(articles);
        }

        output.WriteLine($"{kills} kills of a running ingest; articles stored after each: {string.Join(", ", progress)}");
        Assert.Equal(Kills, kills);
        Assert.True(progress[^1] < Articles, "the killed runs stored everything, so the final run tests nothing");
        using var last = Cli.Start("ingest", folder, "--db", test.Db, "--batch", "1");
        var code = await last.WaitAsync(TimeSpan.FromMinutes(3));

        Assert.True(code == 0, last.Output);
        Assert.Contains($"{Articles - progress[^1]} new", last.Output, StringComparison.Ordinal);
        Assert.Contains($"{progress[^1]} duplicate", last.Output, StringComparison.Ordinal);
        Assert.Equal(Articles, await test.ScalarAsync("SELECT COUNT(*) FROM articles"));
        Assert.Equal(Articles, await test.ScalarAsync("SELECT COUNT(DISTINCT external_id) FROM articles"));
        Assert.Equal(Articles, await test.ScalarAsync("SELECT COUNT(*) FROM analyses"));
        Assert.Equal(0, await test.ScalarAsync("SELECT COUNT(*) FROM articles WHERE analysis_id IS NULL"));
        Assert.Equal(progress.Order(), progress);

        // Content, not only counts: each input article stored under the hash of its own text, and that text unchanged.
        var expected = Enumerable.Range(0, Articles).Select(i => ContentHash.Of(Fixtures.Article(100 + i))).Order(StringComparer.Ordinal);
        var stored = new List<string>();
        foreach (var hit in await test.RowsAsync("SELECT content_hash, text FROM articles"))
        {
            Assert.Equal(hit[0], ContentHash.Of(hit[1]));
            stored.Add(hit[0]);
        }

        Assert.Equal(expected, stored.Order(StringComparer.Ordinal));
    }
}
