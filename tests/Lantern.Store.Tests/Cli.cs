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
