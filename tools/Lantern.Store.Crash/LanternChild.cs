using System.Diagnostics;
using System.Text;

namespace Lantern.Store.Crash;

/// <summary>A running <c>lantern</c> (the built <c>lantern.dll</c> under <c>dotnet</c>) with its output kept as it comes.</summary>
internal sealed class LanternChild : IDisposable
{
    private readonly StringBuilder output = new();
    private readonly Lock gate = new();

    private LanternChild(Process process)
    {
        Process = process;
        process.OutputDataReceived += (_, e) => Append(e.Data);
        process.ErrorDataReceived += (_, e) => Append(e.Data);
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
    }

    public Process Process { get; }

    public bool Running => !Process.HasExited;

    public string Output
    {
        get
        {
            lock (gate)
            {
                return output.ToString();
            }
        }
    }

    /// <param name="host">The <c>dotnet</c> host to run it with (a test run passes the one running it).</param>
    public static LanternChild Start(string dll, IEnumerable<string> args, string host = "dotnet")
    {
        var start = new ProcessStartInfo(host) { RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false };
        start.ArgumentList.Add(dll);
        foreach (var arg in args)
        {
            start.ArgumentList.Add(arg);
        }

        return new LanternChild(Process.Start(start)!);
    }

    /// <summary>SIGKILL, as in a crash or an OOM kill; true when it hit a process that was still running.</summary>
    public bool Kill()
    {
        var running = Running;
        if (running)
        {
            try
            {
                Process.Kill(entireProcessTree: true);
            }
            catch (InvalidOperationException)
            {
                running = false; // it ended on its own between the check and the kill
            }
        }

        Process.WaitForExit();
        return running;
    }

    /// <summary>
    /// SIGSTOP (<paramref name="pause"/>) or SIGCONT, sent with the system's <c>kill</c>: a paused process holds what it
    /// holds (its leases, its open transaction) without moving on, so a test can look at its state and then kill it.
    /// </summary>
    public void Pause(bool pause = true)
    {
        var start = new ProcessStartInfo("kill") { UseShellExecute = false };
        start.ArgumentList.Add(pause ? "-STOP" : "-CONT");
        start.ArgumentList.Add(Process.Id.ToString(System.Globalization.CultureInfo.InvariantCulture));
        using var signal = System.Diagnostics.Process.Start(start)!;
        signal.WaitForExit();
    }

    /// <summary>The exit code, or null when it did not end within <paramref name="limit"/> (it is killed then).</summary>
    public async Task<int?> WaitAsync(TimeSpan limit)
    {
        using var timeout = new CancellationTokenSource(limit);
        try
        {
            await Process.WaitForExitAsync(timeout.Token);
        }
        catch (OperationCanceledException)
        {
            Kill();
            return null;
        }

        Process.WaitForExit();
        return Process.ExitCode;
    }

    public void Dispose()
    {
        Kill();
        Process.Dispose();
    }

    private void Append(string? line)
    {
        if (line is null)
        {
            return;
        }

        lock (gate)
        {
            output.AppendLine(line);
        }
    }
}
