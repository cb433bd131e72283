using System.Text;
using Lantern.Cli;

namespace Lantern.Cli.Tests;

/// <summary>Runs <c>lantern</c> in-process with captured output, error and input.</summary>
internal static class CliRun
{
    public static CliResult Run(params string[] args) => RunWithInput([], args);

    public static CliResult RunWithInput(byte[] input, params string[] args) => RunAs(false, input, args);

    public static CliResult RunAs(bool debug, byte[] input, params string[] args) => RunOn(false, debug, input, args);

    public static CliResult RunOnTerminal(params string[] args) => RunOn(true, false, [], args);

    private static CliResult RunOn(bool terminal, bool debug, byte[] input, string[] args)
    {
        var output = new StringWriter();
        var error = new StringWriter();
        var console = new CliConsole(output, error, () => new MemoryStream(input), outputIsTerminal: terminal, debug: debug);
        var code = LanternApp.Run(args, console);
        return new CliResult(code, output.ToString(), error.ToString());
    }

    public static byte[] Utf8(string s) => Encoding.UTF8.GetBytes(s);
}
