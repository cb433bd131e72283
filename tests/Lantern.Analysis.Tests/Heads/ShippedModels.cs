namespace Lantern.Analysis.Tests.Heads;

/// <summary>The repository's <c>models/</c> folder (found above the test binaries), whatever LANTERN_MODELS says.</summary>
internal static class ShippedModels
{
    public static string Folder()
    {
        var dir = new DirectoryInfo(AppContext.BaseDirectory);
        while (dir is not null && !File.Exists(Path.Combine(dir.FullName, "Lantern.slnx")))
        {
            dir = dir.Parent;
        }

        return Path.Combine(dir?.FullName ?? throw new InvalidOperationException("repository root not found"), "models");
    }
}
