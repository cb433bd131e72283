using System.Diagnostics;
using System.Globalization;
using Spectre.Console;

namespace Lantern.Cli.Internal;

/// <summary>
/// Progress over a known number of items: a Spectre progress bar with ETA on a terminal, otherwise a
/// plain line on stderr every few seconds (and at the end), so logs stay readable when redirected.
/// </summary>
internal static class ProgressReporter
{
    /// <summary>The columns of every Lantern progress bar: what, bar, percentage, remaining time (ETA), spinner.</summary>
    public static ProgressColumn[] Columns() =>
        [new TaskDescriptionColumn(), new ProgressBarColumn(), new PercentageColumn(), new RemainingTimeColumn(), new SpinnerColumn()];

    /// <param name="status">Optional counts shown beside <paramref name="what"/> (e.g. new/duplicate/rejected), read at each step.</param>
    public static void Run(CliConsole console, string what, int total, Action<Action> work, Func<string>? status = null)
    {
        if (console.OutputIsTerminal)
        {
            console.Ansi.Progress()
                .AutoClear(false)
                .Columns(Columns())
                .Start(ctx =>
                {
                    var task = ctx.AddTask(what, maxValue: total);
                    work(() =>
                    {
                        task.Increment(1);
                        if (status is not null)
                        {
                            task.Description = $"{what} {Markup.Escape(status())}";
                        }
                    });
                });
            return;
        }

        var watch = Stopwatch.StartNew();
        var done = 0;
        var lastReport = TimeSpan.Zero;
        var gate = new object();
        work(() =>
        {
            lock (gate)
            {
                done++;
                if (done == total || watch.Elapsed - lastReport >= TimeSpan.FromSeconds(5))
                {
                    lastReport = watch.Elapsed;
                    var rate = done / Math.Max(watch.Elapsed.TotalSeconds, 1e-9);
                    var eta = (total - done) / Math.Max(rate, 1e-9);
                    var counts = status is null ? string.Empty : " " + status();
                    console.Error.WriteLine(string.Create(CultureInfo.InvariantCulture, $"{what}: {done}/{total}{counts} ({rate:0.0}/s, eta {eta:0}s)"));
                }
            }
        });
    }
}
