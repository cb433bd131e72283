namespace Lantern.Web.Tests;

/// <summary>The repository root (found above the test binaries by <c>Lantern.Slnx</c>), its models and the screenshot folder.</summary>
internal static class RepositoryPaths
{
    public static string Root()
    {
        var dir = new DirectoryInfo(AppContext.BaseDirectory);
        while (dir is not null && !File.Exists(Path.Combine(dir.FullName, "Lantern.slnx")))
        {
            dir = dir.Parent;
        }

        return dir?.FullName ?? throw new InvalidOperationException("repository root not found");
    }

    // LANTERN_TEST_MODELS points the tests at another models folder (e.g. freshly trained heads) without touching models/.
    public static string Models() =>
        Environment.GetEnvironmentVariable("LANTERN_TEST_MODELS") is { Length: > 0 } models ? models : Path.Combine(Root(), "models");

    /// <summary><c>TestResults/screenshots/</c> at the repository root, where scripts/test.sh keeps its results.</summary>
    public static string Screenshots()
    {
        var folder = Path.Combine(Root(), "TestResults", "screenshots");
        Directory.CreateDirectory(folder);
        return folder;
    }
}
