using Lantern.Errors;

namespace Lantern.Analysis;

/// <summary>Finds the folder holding the shipped models.</summary>
public static class ModelDirectory
{
    /// <summary>The environment variable that names the models folder, overriding the search.</summary>
    public const string EnvironmentVariable = "LANTERN_MODELS";

    /// <summary>The folder name searched for.</summary>
    public const string FolderName = "models";

    /// <summary>
    /// <c>$LANTERN_MODELS</c> when set; otherwise the first <c>models</c> folder found next to the
    /// executable, or in the current folder or the executable's folder or any folder above them (the repository).
    /// Throws <see cref="ModelException"/> listing where it looked.
    /// </summary>
    public static string Locate()
    {
        var fromEnvironment = Environment.GetEnvironmentVariable(EnvironmentVariable);
        if (!string.IsNullOrWhiteSpace(fromEnvironment))
        {
            // Named explicitly: use it even when missing, so the error names the file that was asked for.
            return fromEnvironment;
        }

        var searched = new List<string>();
        foreach (var start in new[] { AppContext.BaseDirectory, Directory.GetCurrentDirectory() })
        {
            for (var dir = new DirectoryInfo(start); dir is not null; dir = dir.Parent)
            {
                var candidate = Path.Combine(dir.FullName, FolderName);
                if (IsModelFolder(candidate))
                {
                    return candidate;
                }

                searched.Add(candidate);
            }
        }

        throw LanternErrors.ModelsNotFound(searched.Distinct().Take(6));
    }

    // A folder named models that holds at least one file (a repository may keep an empty placeholder).
    private static bool IsModelFolder(string path) =>
        Directory.Exists(path) && Directory.EnumerateFiles(path, "*", SearchOption.AllDirectories).Any();
}
