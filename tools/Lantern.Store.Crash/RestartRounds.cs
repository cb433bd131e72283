using System.Diagnostics;
using System.Globalization;

namespace Lantern.Store.Crash;

/// <summary>
/// PostgreSQL restarted (<c>pg_ctl restart -m immediate</c>: every connection cut, no clean shutdown) under running
/// <c>lantern worker</c> processes that drain the queue <c>ingest --enqueue-only</c> filled. Each restart counts once the
/// workers have stored something since the last and work is still queued; afterwards every article is analysed exactly
/// once, the queue is empty and every worker ended on its own with exit code 0.
/// </summary>
internal sealed class RestartRounds(string cli, string db, string restartCommand, InputFolder input, Random random, TextWriter log)
{
    private static readonly TimeSpan ProgressLimit = TimeSpan.FromMinutes(3);

    public async Task<PhaseResult> RunAsync(int restarts, int workers, int articles)
    {
        var violations = new List<string>();
        input.Add(articles);
        using (var enqueue = LanternChild.Start(cli, ["ingest", input.Path, "--db", db, "--enqueue-only"]))
        {
            var code = await enqueue.WaitAsync(TimeSpan.FromMinutes(5));
            if (code != 0)
            {
                violations.Add($"ingest --enqueue-only exited with {code?.ToString(CultureInfo.InvariantCulture) ?? "a timeout"}: {KillRounds.Last(enqueue.Output)}");
                return new PhaseResult("PostgreSQL restarted under workers", "postgres", 0, restarts, 0, 0, 0, violations);
            }
        }

        var queued = await CorpusProbe.CountAsync(db, "queue");
        if (queued != input.Count)
        {
            violations.Add($"{queued} articles queued, the input has {input.Count}");
        }

        // Short leases: an article leased by a claim whose answer the restart cut off is handed out again soon.
        var children = Enumerable.Range(1, workers)
            .Select(w => LanternChild.Start(cli, ["worker", "--db", db, "--batch", "1", "--parallel", "1", "--lease", "20", "--name", $"crash-worker-{w}"]))
            .ToList();
        var landed = 0;
        try
        {
            for (var r = 0; r < restarts; r++)
            {
                // Wait for progress since the last restart: proof the workers came through it.
                var analysed = await CorpusProbe.CountAsync(db, "analyses");
                var deadline = DateTime.UtcNow + ProgressLimit;
                while (children.Any(c => c.Running) && await CountAfterRestartAsync() == analysed && DateTime.UtcNow < deadline)
                {
                    await Task.Delay(50);
                }

                await Task.Delay(random.Next(0, 1500));
                var running = children.Count(c => c.Running);
                var waiting = await CountAfterRestartAsync("queue");
                if (running == 0 || waiting == 0)
                {
                    log.WriteLine($"postgres: restart {r + 1} not tried: {running} workers running, {waiting} articles queued");
                    break;
                }

                var watch = Stopwatch.StartNew();
                var (exit, output) = await RestartAsync();
                if (exit != 0)
                {
                    violations.Add($"the restart command exited with {exit}: {output}");
                    break;
                }

                landed++;
                log.WriteLine($"postgres: restart {landed} in {watch.Elapsed.TotalSeconds:0.0} s under {running} running workers, {waiting} articles queued, {analysed}+ analysed");
            }

            foreach (var (child, index) in children.Select((c, i) => (c, i + 1)))
            {
                var code = await child.WaitAsync(TimeSpan.FromMinutes(15));
                log.WriteLine($"postgres: worker {index}: exit {code?.ToString(CultureInfo.InvariantCulture) ?? "timeout"}: {KillRounds.Last(child.Output)}");
                if (code != 0)
                {
                    violations.Add($"worker {index} {(code is null ? "did not finish within 15 minutes" : $"exited with {code}")}: {KillRounds.Last(child.Output)}");
                }
            }
        }
        finally
        {
            foreach (var child in children)
            {
                child.Dispose();
            }
        }

        if (landed < restarts)
        {
            violations.Add($"only {landed} of {restarts} restarts hit running workers with work queued");
        }

        var final = await CorpusProbe.ReadAsync(db);
        violations.AddRange(input.Violations(final, complete: true, analysed: true));
        if (final.Queued > 0)
        {
            violations.Add($"{final.Queued} articles still queued after the workers ended");
        }

        return new PhaseResult("PostgreSQL restarted under workers", "postgres", landed, restarts, workers, final.Articles, final.Analyses, violations);
    }

    /// <summary>A count read right after a restart may meet a server still starting up: retried for a while.</summary>
    private async Task<long> CountAfterRestartAsync(string table = "analyses")
    {
        for (var attempt = 0; ; attempt++)
        {
            try
            {
                return await CorpusProbe.CountAsync(db, table);
            }
            catch (Npgsql.NpgsqlException) when (attempt < 100)
            {
                await Task.Delay(200);
            }
        }
    }

    private async Task<(int Exit, string Output)> RestartAsync()
    {
        var start = new ProcessStartInfo("/bin/sh") { RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false };
        start.ArgumentList.Add("-c");
        start.ArgumentList.Add(restartCommand);
        using var process = Process.Start(start)!;
        var output = process.StandardOutput.ReadToEndAsync();
        var error = process.StandardError.ReadToEndAsync();
        using var timeout = new CancellationTokenSource(TimeSpan.FromMinutes(2));
        await process.WaitForExitAsync(timeout.Token);
        return (process.ExitCode, (await output + await error).Trim());
    }
}
