using System.ComponentModel;
using Spectre.Console;
using Spectre.Console.Cli;

namespace Lantern.Cli.Commands;

/// <summary>Arguments of <c>lantern eval</c>.</summary>
public sealed class EvalSettings : CommandSettings
{
    public static IReadOnlyList<string> Tasks { get; } = ["genre", "framing", "paragraphs", "spans"];

    [CommandOption("-t|--task <TASK>")]
    [Description("What to score: [green]genre[/] (subtask 1, macro-F1), [green]framing[/] (subtask 2, micro-F1), [green]paragraphs[/] (subtask 3 per line, micro-F1) or [green]spans[/] (subtask 3 spans, F1 with partial-overlap credit).")]
    public string? Task { get; set; }

    [CommandOption("-g|--gold <PATH>")]
    [Description("Gold labels: a label file (span file or folder of span files for spans), or a SemEval language folder such as data/en, where the right file for the task is picked.")]
    public string? Gold { get; set; }

    [CommandOption("-p|--pred <PATH>")]
    [Description("Predictions in the gold's format (for spans: one file or a folder of span files). Gold articles or lines missing from it count as empty predictions.")]
    public string? Pred { get; set; }

    [CommandOption("--max-bytes <N>")]
    [Description("Refuse label files larger than this many bytes.")]
    [DefaultValue(256L * 1024 * 1024)]
    public long MaxBytes { get; set; } = 256L * 1024 * 1024;

    public override ValidationResult Validate()
    {
        if (string.IsNullOrWhiteSpace(Task))
        {
            return ValidationResult.Error($"--task is required (one of: {string.Join(", ", Tasks)})");
        }

        if (!Tasks.Contains(Task))
        {
            return ValidationResult.Error($"--task: unknown value '{Task}' (expected one of: {string.Join(", ", Tasks)})");
        }

        if (string.IsNullOrWhiteSpace(Gold))
        {
            return ValidationResult.Error("--gold is required (a label file or a SemEval language folder)");
        }

        if (string.IsNullOrWhiteSpace(Pred))
        {
            return ValidationResult.Error("--pred is required (the prediction file)");
        }

        return MaxBytes <= 0 ? ValidationResult.Error("--max-bytes must be positive") : ValidationResult.Success();
    }
}
