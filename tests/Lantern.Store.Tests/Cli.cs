using System.Diagnostics;
using Lantern.Cli;

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
    public static ChildProcess Start(params string[] args)
    {
        var dll = Path.Combine(AppContext.BaseDirectory, "lantern.dll");
        var start = new ProcessStartInfo(DotnetHost()) { RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false };
        start.ArgumentList.Add(dll);
        foreach (var arg in args)
        {
            start.ArgumentList.Add(arg);
        }

        return new ChildProcess(Process.Start(start)!);
    }

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
