using Lantern.Cli;

using var cancellation = new CancellationTokenSource();
Console.CancelKeyPress += (_, e) =>
{
    e.Cancel = true;
    cancellation.Cancel();
};

return LanternApp.Run(args, CliConsole.FromProcess(), cancellation.Token);
