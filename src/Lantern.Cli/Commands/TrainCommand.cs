using System.Globalization;
using Lantern.Cli.Internal;
using Lantern.Models.Training;
using Spectre.Console;
using Spectre.Console.Cli;

namespace Lantern.Cli.Commands;

/// <summary>
/// <c>lantern train</c>: cross-validates and trains the heads (see <see cref="Trainer"/>). On a terminal a
/// progress bar with the remaining time; when redirected, plain progress lines on stderr. The report
/// (per-fold and mean figures next to the baselines) goes to stdout.
/// </summary>
public sealed class TrainCommand(CliConsole console) : Command<TrainCommandSettings>
{
    public override int Execute(CommandContext context, TrainCommandSettings settings, CancellationToken cancellationToken)
    {
        var train = new Models.Training.TrainSettings
        {
            DataDirectory = settings.Data!,
            OutputDirectory = settings.Out,
            Folds = settings.Cv,
            Seed = settings.Seed,
            Languages = settings.Languages,
            GenreLanguages = settings.GenreLanguages,
            MaxArticles = settings.MaxArticles,
            Threads = settings.Threads,
            Precision = OptionValues.Precision(settings.Precision) ?? Models.Encoding.EncoderPrecision.Int8,
            Layers = settings.Layers,
            EncoderModelPath = settings.EncoderModel,
            EvaluateFolds = settings.EvaluateFolds,
            CacheDirectory = settings.Cache ?? Path.Combine(Path.GetTempPath(), "lantern-encoder-cache"),
        };

        if (!console.OutputIsTerminal)
        {
            var lastStage = string.Empty;
            var lastTenth = -1;
            var gate = new Lock();
            var plain = new SyncProgress<TrainProgress>(p =>
            {
                using var held = gate.EnterScope();
                var tenth = p.Total == 0 ? 0 : 10 * p.Done / p.Total;
                if (p.Stage != lastStage || tenth != lastTenth)
                {
                    console.Error.WriteLine(string.Create(CultureInfo.InvariantCulture, $"train: {p.Stage} {p.Done}/{p.Total}"));
                    lastStage = p.Stage;
                    lastTenth = tenth;
                }
            });
            Trainer.Run(train, plain, console.Out.WriteLine, cancellationToken);
            return ExitCodes.Ok;
        }

        console.Ansi.Progress()
            .AutoClear(false)
            .Columns(ProgressReporter.Columns())
            .Start(ctx =>
            {
                var encoding = ctx.AddTask("encoding", maxValue: 1);
                var training = ctx.AddTask("training", maxValue: Math.Max(settings.Cv, 0) + 1);
                var gate = new Lock();
                var bar = new SyncProgress<TrainProgress>(p =>
                {
                    using var held = gate.EnterScope();
                    if (p.Stage == "encoding")
                    {
                        encoding.MaxValue = Math.Max(p.Total, 1);
                        encoding.Value = p.Done;
                        return;
                    }

                    encoding.Value = encoding.MaxValue;
                    training.Description = Markup.Escape(p.Stage);
                    training.Value = p.Stage.StartsWith("final", StringComparison.Ordinal) ? Math.Max(settings.Cv, 0) + p.Done : p.Done;
                });
                Trainer.Run(train, bar, line => console.Ansi.WriteLine(line), cancellationToken);
            });
        return ExitCodes.Ok;
    }
}
