using Lantern.Cli;
using Lantern.Store.Crash;

namespace Lantern.Store.Tests;

/// <summary>Runs <c>lantern</c>: in-process with captured output, or as a real child process (to kill it).</summary>
internal static class Cli
{
    public static (int Code, string Out, string Err) Run(params string[] args)
    {
        var output = new StringWriter();
        var error = new StringWriter();
        var console = new CliConsole(output, error, () => new MemoryStream(), outputIsTerminal: false);
        var code = LanternApp.Run(args, console);
        return (code, output.ToString(), error.ToString());
    }

    /// <summary>
    /// Runs <c>lantern VERB --db NEW.db OPTION VALUE</c> and asserts the usage error that names the option (exit 1) and
    /// that the refusal came before the database was opened: no file was made.
    /// </summary>
    public static void AssertRefusedBeforeTheDatabase(string verb, string option, string value)
    {
        var folder = Directory.CreateTempSubdirectory($"lantern-{verb}-").FullName;
        try
        {
            var db = Path.Combine(folder, "corpus.db");

            var (code, _, err) = Run(verb, "--db", db, option, value);

            Assert.Equal(1, code);
            Assert.Equal($"lantern: {option}: must be at least 1, not {value}", err.Trim());
            Assert.False(File.Exists(db));
        }
        finally
        {
            Directory.Delete(folder, recursive: true);
        }
    }

    /// <summary>Starts the built <c>lantern.dll</c> (copied next to the tests) with <c>dotnet</c>; output is drained and kept.</summary>
    public static LanternChild Start(params string[] args) =>
        LanternChild.Start(Path.Combine(AppContext.BaseDirectory, "lantern.dll"), args, DotnetHost());

    private static string DotnetHost()
    {
        var host = Environment.GetEnvironmentVariable("DOTNET_HOST_PATH");
        if (!string.IsNullOrEmpty(host) && File.Exists(host))
        {
            return host;
        }

        var self = Environment.ProcessPath;
        return self is not null && Path.GetFileNameWithoutExtension(self) == "dotnet" ? self : "dotnet";
    }
}
