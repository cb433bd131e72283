using Lantern.Fuzz;

namespace Lantern.Fuzz.Tests;

/// <summary>
/// The fuzz smoke CI runs: every fuzz target in process over its seed corpus, the crashing inputs kept from earlier
/// fuzzing, and a fixed number of deterministic mutations (the same inputs on every run, so it cannot flake; AFL
/// itself runs from fuzz/run.sh). About a minute in all on a two-core machine.
/// </summary>
public sealed class FuzzSmokeTests
{
    // Mutations per target, sized so all targets together take about a minute here (HTML and feeds are the slow ones).
    private static readonly Dictionary<string, int> Mutations = new(StringComparer.Ordinal)
    {
        ["text"] = 20_000,
        ["html"] = 6_000,
        ["jsonl"] = 20_000,
        ["semeval-article"] = 10_000,
        ["semeval-labels"] = 40_000,
        ["feed"] = 6_000,
        ["api"] = 15_000,
    };

    public static TheoryData<string> Targets => [.. FuzzTargets.All.Select(t => t.Name)];

    [Fact]
    public void Given_the_fuzz_targets_When_listed_Then_every_one_has_seeds_and_a_mutation_budget()
    {
        foreach (var target in FuzzTargets.All)
        {
            Assert.NotEmpty(SmokeRunner.Inputs(Folder("seeds", target.Name)));
            Assert.True(Mutations.ContainsKey(target.Name), $"no smoke budget for {target.Name}");
        }
    }

    [Theory]
    [MemberData(nameof(Targets))]
    public void Given_the_seeds_kept_findings_and_deterministic_mutations_When_a_target_runs_Then_nothing_crashes(string name)
    {
        var target = FuzzTargets.Get(name);
        var inputs = SmokeRunner.Inputs(Folder("seeds", name)).Concat(SmokeRunner.Inputs(Folder("findings", name))).ToList();

        var findings = SmokeRunner.Run(target, inputs, Mutations[name], seed: 20261126);

        Assert.True(findings.Count == 0, string.Join("\n", findings.Take(3).Select(f => $"{f}\n{f.Error.StackTrace}")));
    }

    private static string Folder(string kind, string target) => Path.Combine(AppContext.BaseDirectory, "fuzz", kind, target);
}
