using System.Globalization;
using Lantern.Errors;
using Lantern.FineTune.Training;

namespace Lantern.FineTune;

/// <summary>
/// <c>lantern-finetune</c>: fine-tunes the encoder on SemEval-2023 Task 3 and writes an fp32 ONNX graph (see
/// docs/FINETUNE.md). A separate tool, so neither the <c>lantern</c> CLI nor inference ever loads TorchSharp. Exit codes
/// as <c>lantern</c>'s: 1 bad arguments, 2 rejected input, 3 model or internal error; errors are one line on stderr.
/// </summary>
internal static class Program
{
    private const string Usage = """
        usage: lantern-finetune --data DIR --out FILE.onnx [options]
          --data DIR         SemEval-2023 Task 3 folder (one sub-folder per language)
          --out FILE         where the fine-tuned fp32 ONNX graph is written
          --langs LIST       language folders, comma-separated (default en)
          --cv K --hold-out F  hold out fold F (1-based) of K folds, as 'lantern train --cv K --seed S' folds (default: none)
          --layers N         encoder layers tuned and kept (default 4, as the shipped heads)
          --epochs N         passes over the data (default 1)
          --max-steps N      stop after N optimiser steps
          --seed N           (default 1)
          --batch N          windows per step (default 16)
          --window N         word pieces per window (default 126)
          --stride N         word pieces between window starts in a longer paragraph (default 96, at most --window)
          --lr X             encoder learning rate (default 3e-5)
          --threads N        TorchSharp threads (default 2)
          --max-articles N   at most N articles per language (the first by id)
        """;

    internal static int Main(string[] args)
    {
        using var cancellation = new CancellationTokenSource();
        Console.CancelKeyPress += (_, e) =>
        {
            e.Cancel = true;
            cancellation.Cancel();
        };
        try
        {
            var options = Parse(args);
            if (options.ContainsKey("help"))
            {
                Console.WriteLine(Usage);
                return 0;
            }

            var data = Required(options, "data");
            var defaults = new FineTuneSettings { OutputPath = Required(options, "out") };
            var settings = defaults with
            {
                Layers = Int(options, "layers", defaults.Layers),
                Epochs = Int(options, "epochs", defaults.Epochs),
                MaxSteps = options.ContainsKey("max-steps") ? Int(options, "max-steps", 0) : null,
                Seed = Int(options, "seed", defaults.Seed),
                BatchSize = Int(options, "batch", defaults.BatchSize),
                WindowTokens = Int(options, "window", defaults.WindowTokens),
                Stride = Int(options, "stride", Math.Min(Int(options, "window", defaults.WindowTokens), defaults.Stride)),
                LearningRate = options.TryGetValue("lr", out var lr) ? double.Parse(lr, CultureInfo.InvariantCulture) : defaults.LearningRate,
                Threads = Int(options, "threads", defaults.Threads),
            };
            var languages = options.GetValueOrDefault("langs", "en").Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
            int? maxArticles = options.ContainsKey("max-articles") ? Int(options, "max-articles", 0) : null;
            var (train, heldOut) = SemEvalTexts.Read(data, languages, Int(options, "cv", 0), settings.Seed, Int(options, "hold-out", 0), maxArticles);
            EncoderFineTuner.Run(train, heldOut, settings, Console.WriteLine, cancellation.Token);
            return 0;
        }
        catch (UsageException e)
        {
            Console.Error.WriteLine("error: " + e.Message);
            return 1;
        }
        catch (InputRejectedException e)
        {
            Console.Error.WriteLine("error: " + e.Message);
            return 2;
        }
        catch (LanternException e)
        {
            Console.Error.WriteLine("error: " + e.Message);
            return 3;
        }
        catch (OperationCanceledException)
        {
            Console.Error.WriteLine("error: cancelled");
            return 3;
        }
    }

    private static readonly HashSet<string> Known =
        ["data", "out", "langs", "cv", "hold-out", "layers", "epochs", "max-steps", "seed", "batch", "window", "stride", "lr", "threads", "max-articles"];

    private static Dictionary<string, string> Parse(string[] args)
    {
        var options = new Dictionary<string, string>(StringComparer.Ordinal);
        for (var i = 0; i < args.Length; i++)
        {
            if (args[i] is "-h" or "--help")
            {
                options["help"] = "";
                continue;
            }

            if (!args[i].StartsWith("--", StringComparison.Ordinal) || i + 1 >= args.Length)
            {
                throw LanternErrors.Usage($"unexpected argument '{args[i]}' (an option needs a value; --help lists them)");
            }

            var name = args[i][2..];
            if (!Known.Contains(name))
            {
                throw LanternErrors.Usage($"unknown option '{args[i]}' (--help lists them)");
            }

            options[name] = args[++i];
        }

        return options;
    }

    private static string Required(Dictionary<string, string> options, string name) =>
        options.TryGetValue(name, out var value) ? value : throw LanternErrors.Usage($"--{name} is required (--help lists the options)");

    private static int Int(Dictionary<string, string> options, string name, int fallback) =>
        !options.TryGetValue(name, out var value) ? fallback
        : int.TryParse(value, NumberStyles.None, CultureInfo.InvariantCulture, out var number) ? number
        : throw LanternErrors.Usage($"--{name} {value}: not a whole number");
}
