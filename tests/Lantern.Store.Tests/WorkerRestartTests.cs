using System.Diagnostics;
using Lantern.Store.Crash;
using Lantern.Store.Ingest;
using Npgsql;
using Xunit.Abstractions;

namespace Lantern.Store.Tests;

/// <summary>
/// Three <c>lantern worker</c> processes draining the queue while PostgreSQL is restarted under them
/// (<c>pg_ctl restart -m immediate</c>: every connection cut, no clean shutdown): the workers ride out the outage and
/// finish on their own, and every article ends analysed exactly once, none lost, none twice.
/// </summary>
[Collection(ServerRestartCollection.Name)]
public sealed class WorkerRestartTests(ITestOutputHelper output)
{
    // Enough that three workers on a fast machine are far from done when the first analysis lands and the restart follows.
    private const int Articles = 48;

    [Fact]
    public async Task Given_three_workers_draining_the_queue_When_PostgreSQL_restarts_under_them_Then_they_carry_on_and_every_article_is_analysed_exactly_once()
    {
        var restart = Environment.GetEnvironmentVariable(ServerRestartCollection.RestartVariable);
        Assert.False(string.IsNullOrWhiteSpace(restart),
            $"{ServerRestartCollection.RestartVariable} is not set: run the tests through scripts/test.sh, which starts a throwaway PostgreSQL server it may restart");
        await using var test = await TestStore.CreateAsync("postgres");
        await using (var store = await test.OpenAsync())
        {
            var items = Enumerable.Range(0, Articles)
                .Select(i => IngestItem.Of($"r{i}", Reading.PlainTextReader.FromText(Fixtures.Article(500 + i), $"r{i}")));
            Assert.Equal(Articles, (await new Ingester(store, null, new IngestOptions { EnqueueOnly = true }).RunAsync(items)).Queued);
        }

        string[] Args(string name) => ["worker", "--db", test.Db, "--name", name, "--batch", "1", "--parallel", "1", "--lease", "10"];
        using var first = Cli.Start(Args("first"));
        using var second = Cli.Start(Args("second"));
        using var third = Cli.Start(Args("third"));
        LanternChild[] workers = [first, second, third];

        // Restart once the workers are under way: the first analysis is stored, most of the queue is still waiting.
        var deadline = DateTime.UtcNow.AddMinutes(3);
        while (await test.ScalarAsync("SELECT COUNT(*) FROM analyses") == 0)
        {
            Assert.True(DateTime.UtcNow < deadline, "no worker stored an analysis within 3 minutes:\n" + first.Output);
            Assert.True(workers.Any(w => !w.Process.HasExited), "every worker ended before storing anything:\n" + first.Output);
            await Task.Delay(20);
        }

        var before = await test.ScalarAsync("SELECT COUNT(*) FROM analyses");
        Assert.All(workers, w => Assert.False(w.Process.HasExited, "a worker ended before the restart:\n" + w.Output));
        await RestartAsync(restart!);
        NpgsqlConnection.ClearAllPools(); // this process's own pooled connections died with the server too

        foreach (var worker in workers)
        {
            var code = await worker.WaitAsync(TimeSpan.FromMinutes(5));
            Assert.True(code == 0, $"a worker failed after the restart (exit {code}):\n{worker.Output}");
        }

        output.WriteLine($"restarted after {before} of {Articles} analyses");
        Assert.True(before < Articles, "the queue was drained before the restart, so it tested nothing");
        Assert.Equal(Articles, await test.ScalarAsync("SELECT COUNT(*) FROM analyses"));
        Assert.Equal(Articles, await test.ScalarAsync("SELECT COUNT(DISTINCT article_id) FROM analyses"));
        Assert.Equal(0, await test.ScalarAsync("SELECT COUNT(*) FROM articles WHERE analysis_id IS NULL"));
        Assert.Equal(0, await test.ScalarAsync("SELECT COUNT(*) FROM queue"));
    }

    private static async Task RestartAsync(string command)
    {
        var start = new ProcessStartInfo("/bin/sh") { RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false };
        start.ArgumentList.Add("-c");
        start.ArgumentList.Add(command);
        using var process = Process.Start(start)!;
        var stdout = process.StandardOutput.ReadToEndAsync();
        var stderr = process.StandardError.ReadToEndAsync();
        await process.WaitForExitAsync().WaitAsync(TimeSpan.FromMinutes(2));
        Assert.True(process.ExitCode == 0, $"the restart failed: {await stdout}{await stderr}");
    }
}
