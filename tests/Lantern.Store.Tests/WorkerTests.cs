using Lantern.Store.Ingest;

namespace Lantern.Store.Tests;

/// <summary>
/// Three <c>lantern worker</c> processes on one database, one killed (SIGKILL) while it holds a lease: its article is
/// handed out again when the lease expires, and every article ends with exactly one analysis.
/// </summary>
public sealed class WorkerTests
{
    private const int Articles = 12;

    [Theory]
    [MemberData(nameof(TestStore.Kinds), MemberType = typeof(TestStore))]
    public async Task Given_three_workers_and_one_killed_midway_When_the_others_finish_Then_every_article_is_analysed_exactly_once(string kind)
    {
        await using var test = await TestStore.CreateAsync(kind);
        await using (var store = await test.OpenAsync())
        {
            var items = Enumerable.Range(0, Articles)
                .Select(i => IngestItem.Of($"w{i}", Reading.PlainTextReader.FromText(Fixtures.Article(300 + i), $"w{i}")));
            var summary = await new Ingester(store, null, new IngestOptions { EnqueueOnly = true }).RunAsync(items);
            Assert.Equal(Articles, summary.Queued);
        }

        string[] Args(string name) => ["worker", "--db", test.Db, "--name", name, "--batch", "1", "--parallel", "1", "--threads", "1", "--lease", "4"];

        // The first worker runs alone until it is caught holding a lease: paused (SIGSTOP), its lease is still there, and
        // it is killed (SIGKILL). Started together, the two others could drain the short queue before it claimed anything.
        using var doomed = Cli.Start(Args("doomed"));
        var deadline = DateTime.UtcNow.AddMinutes(2);
        long leasedByDead = 0, doneByDead = 0;
        while (leasedByDead == 0)
        {
            Assert.True(DateTime.UtcNow < deadline, "the first worker was never caught holding a lease:\n" + doomed.Output);
            Assert.False(doomed.Process.HasExited, "the first worker ended before it was caught holding a lease:\n" + doomed.Output);
            if (await test.ScalarAsync("SELECT COUNT(*) FROM queue WHERE worker = 'doomed'") == 0)
            {
                await Task.Delay(10);
                continue;
            }

            doomed.Pause();
            leasedByDead = await test.ScalarAsync("SELECT COUNT(*) FROM queue WHERE worker = 'doomed'");
            doneByDead = await test.ScalarAsync("SELECT COUNT(*) FROM analyses");
            if (leasedByDead == 0)
            {
                doomed.Pause(false); // it finished that article between the two looks: let it take the next one
            }
        }

        Assert.True(doomed.Kill());
        Assert.Equal(1, leasedByDead);
        Assert.InRange(doneByDead, 0, Articles - 1);

        using var second = Cli.Start(Args("second"));
        using var third = Cli.Start(Args("third"));
        var codes = await Task.WhenAll(second.WaitAsync(TimeSpan.FromMinutes(4)), third.WaitAsync(TimeSpan.FromMinutes(4)));

        Assert.All(codes, c => Assert.Equal(0, c));
        Assert.Equal(0, await test.ScalarAsync("SELECT COUNT(*) FROM queue"));
        Assert.Equal(Articles, await test.ScalarAsync("SELECT COUNT(*) FROM analyses"));
        Assert.Equal(Articles, await test.ScalarAsync("SELECT COUNT(DISTINCT article_id) FROM analyses"));
        Assert.Equal(0, await test.ScalarAsync("SELECT COUNT(*) FROM articles WHERE analysis_id IS NULL"));

        // The article the dead worker held is analysed by one of the others once its lease expires; the rest, once each.
        Assert.Equal(Articles - doneByDead, ParseAnalysed(second.Output) + ParseAnalysed(third.Output));
    }

    private static int ParseAnalysed(string output)
    {
        var line = output.Split('\n').Single(l => l.Contains(" analysed, ", StringComparison.Ordinal));
        var words = line.Split(' ');
        return int.Parse(words[Array.IndexOf(words, "analysed,") - 1], System.Globalization.CultureInfo.InvariantCulture);
    }

    [Theory]
    [InlineData("--threads", "0")]
    [InlineData("--parallel", "-1")]
    [InlineData("--batch", "0")]
    public void Given_a_count_below_one_When_a_worker_starts_Then_usage_error_naming_the_option_and_no_database_is_made(string option, string value) =>
        Cli.AssertRefusedBeforeTheDatabase("worker", option, value);
}
