using Spectre.Console;

namespace Lantern.Cli;

/// <summary>
/// Where a command reads and writes: the process's streams in <c>Program</c>, captured writers in tests.
/// Results (JSON, dumps) go to <see cref="Out"/>; the one-line error goes to <see cref="Error"/>.
/// </summary>
public sealed class CliConsole
{
    public CliConsole(TextWriter output, TextWriter error, Func<Stream> openInput, bool outputIsTerminal, bool debug = false)
    {
        Out = output;
        Error = error;
        OpenInput = openInput;
        OutputIsTerminal = outputIsTerminal;
        Debug = debug;
        Ansi = AnsiConsole.Create(new AnsiConsoleSettings
        {
            Out = new AnsiConsoleOutput(output),
            Ansi = outputIsTerminal ? AnsiSupport.Detect : AnsiSupport.No,
            ColorSystem = outputIsTerminal ? ColorSystemSupport.Detect : ColorSystemSupport.NoColors,
            Interactive = InteractionSupport.No,
        });
    }

    public TextWriter Out { get; }

    public TextWriter Error { get; }

    /// <summary>Opens standard input (for the file name <c>-</c>).</summary>
    public Func<Stream> OpenInput { get; }

    /// <summary>True when <see cref="Out"/> is a terminal: then readable tables are added; redirected output stays machine-readable.</summary>
    public bool OutputIsTerminal { get; }

    /// <summary>Print stack traces of errors (<c>LANTERN_DEBUG=1</c>).</summary>
    public bool Debug { get; }

    /// <summary>Spectre's console over <see cref="Out"/>, for help, version and tables.</summary>
    public IAnsiConsole Ansi { get; }

    public static CliConsole FromProcess() => new(
        Console.Out,
        Console.Error,
        Console.OpenStandardInput,
        !Console.IsOutputRedirected,
        Environment.GetEnvironmentVariable("LANTERN_DEBUG") == "1");
}
