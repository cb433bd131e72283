namespace Lantern.Store.Crash;

/// <summary>One line of the summary: a phase on one store, what landed, what was checked, and every violation found.</summary>
internal sealed record PhaseResult(string Phase, string Store, int Landed, int Wanted, int Runs, long Articles, long Analyses, IReadOnlyList<string> Violations)
{
    public bool Passed => Violations.Count == 0 && Landed >= Wanted;
}
