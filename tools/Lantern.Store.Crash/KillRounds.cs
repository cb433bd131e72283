using System.Text.RegularExpressions;

namespace Lantern.Store.Crash;

/// <summary>
/// <c>lantern ingest</c> into one store, killed with SIGKILL at random moments until <c>rounds</c> kills have hit a
/// running process, each followed by a check of what is stored; then one run to the end and the full check: every
/// input article stored exactly once under the hash of its text, each with its analysis.
/// </summary>
internal sealed partial class KillRounds(string cli, string store, string db, InputFolder input, Random random, TextWriter log)
{
    // Kept ahead of the killed runs: a fast machine stores dozens of articles per run, and a run that reaches the end
    // before its kill does not count.
    private const int Ahead = 40;
    private static readonly TimeSpan StartLimit = TimeSpan.FromMinutes(3);

    public async Task<PhaseResult> RunAsync(int rounds)
    {
        var violations = new List<string>();
        var kills = 0;
        var runs = 0;
        var maxRuns = (rounds * 3) + 10;
        while (kills < rounds && runs < maxRuns)
        {
            runs++;
            var stored = await StoredAsync();
            if (input.Count - stored < Ahead / 2)
            {
                input.Add(Ahead);
            }

            using var child = LanternChild.Start(cli, ["ingest", input.Path, "--db", db, "--batch", "1"]);

            // One run in four is killed at a random moment from its start (start-up, migration, model loading or the
            // first commits); the others once they have committed something of their own, plus up to a second.
            string when;
            if (random.Next(4) == 0)
            {
                var delay = random.Next(200, 4000);
                when = $"{delay} ms after start";
                await Task.Delay(delay);
            }
            else
            {
                var deadline = DateTime.UtcNow + StartLimit;
                while (child.Running && await StoredAsync() == stored && DateTime.UtcNow < deadline)
                {
                    await Task.Delay(20);
                }

                var delay = random.Next(0, 1000);
                when = $"{delay} ms after its first commit";
                await Task.Delay(delay);
            }

            var landed = child.Kill();
            kills += landed ? 1 : 0;
            var snapshot = await CorpusProbe.ReadAsync(db);
            var found = input.Violations(snapshot, complete: false, analysed: true).Select(v => $"after kill {kills} ({when}): {v}").ToList();
            violations.AddRange(found);
            log.WriteLine($"{store}: run {runs}: {(landed ? "killed" : "ended before the kill")} {when}; {snapshot.Articles} of {input.Count} stored{(found.Count > 0 ? "; " + string.Join("; ", found) : string.Empty)}");
            if (!landed && child.Process.ExitCode != 0)
            {
                violations.Add($"run {runs} ended on its own with exit code {child.Process.ExitCode}: {Last(child.Output)}");
            }
        }

        if (kills < rounds)
        {
            violations.Add($"only {kills} of {rounds} kills hit a running ingest in {runs} runs");
        }

        // The resume: one run to the end stores exactly what is missing, and says so.
        var before = await StoredAsync();
        using var last = LanternChild.Start(cli, ["ingest", input.Path, "--db", db, "--batch", "1"]);
        var code = await last.WaitAsync(TimeSpan.FromMinutes(15));
        runs++;
        if (code != 0)
        {
            violations.Add($"the resuming ingest {(code is null ? "did not finish within 15 minutes" : $"exited with {code}")}: {Last(last.Output)}");
        }
        else if (NewCount().Match(last.Output) is { Success: true } match && long.Parse(match.Groups[1].Value, System.Globalization.CultureInfo.InvariantCulture) != input.Count - before)
        {
            violations.Add($"the resuming ingest reported {match.Groups[1].Value} new articles, {input.Count - before} were missing");
        }

        var final = await CorpusProbe.ReadAsync(db);
        violations.AddRange(input.Violations(final, complete: true, analysed: true).Select(v => "after the resume: " + v));
        log.WriteLine($"{store}: resumed with {input.Count - before} missing; {final.Articles} articles, {final.Analyses} analyses");
        return new PhaseResult("ingest killed (SIGKILL), resumed", store, kills, rounds, runs, final.Articles, final.Analyses, violations);
    }

    internal static string Last(string output)
    {
        var lines = output.Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
        return lines.Length == 0 ? "(no output)" : string.Join(" | ", lines.TakeLast(3));
    }

    private async Task<long> StoredAsync() => await CorpusProbe.MigratedAsync(db) ? await CorpusProbe.CountAsync(db, "articles") : 0;

    [GeneratedRegex(@"ingest: (\d+) new")]
    private static partial Regex NewCount();
}
