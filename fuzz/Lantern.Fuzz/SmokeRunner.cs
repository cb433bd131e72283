namespace Lantern.Fuzz;

/// <summary>
/// Runs a target in process over its seeds, then over a fixed number of deterministic mutations of them: the fuzz
/// smoke CI runs (no AFL, so no core_pattern or CPU checks to trip over, and no timing to flake on).
/// </summary>
public static class SmokeRunner
{
    public static IReadOnlyList<FuzzFinding> Run(FuzzTarget target, IReadOnlyList<byte[]> seeds, int mutations, int seed)
    {
        ArgumentNullException.ThrowIfNull(target);
        ArgumentNullException.ThrowIfNull(seeds);
        var findings = new List<FuzzFinding>();
        foreach (var input in seeds)
        {
            Try(target, input, findings);
        }

        var mutator = new Mutator(seed);
        var corpus = seeds.Count > 0 ? seeds : [[]];
        for (var i = 0; i < mutations; i++)
        {
            Try(target, mutator.Mutate(corpus[i % corpus.Count], corpus), findings);
        }

        return findings;
    }

    /// <summary>Every file of a folder (and its subfolders), ordered by path; none when it does not exist.</summary>
    public static IReadOnlyList<byte[]> Inputs(string folder) =>
        Directory.Exists(folder)
            ? [.. Directory.EnumerateFiles(folder, "*", SearchOption.AllDirectories).Order(StringComparer.Ordinal).Select(File.ReadAllBytes)]
            : [];

    private static void Try(FuzzTarget target, byte[] input, List<FuzzFinding> findings)
    {
        try
        {
            target.Run(input);
        }
        catch (Exception e) when (e is not OutOfMemoryException)
        {
            findings.Add(new FuzzFinding(target.Name, input, e));
        }
    }
}
