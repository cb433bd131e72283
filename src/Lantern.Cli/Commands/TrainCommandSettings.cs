using System.ComponentModel;
using Spectre.Console;
using Spectre.Console.Cli;

namespace Lantern.Cli.Commands;

/// <summary>Arguments of <c>lantern train</c>.</summary>
public sealed class TrainCommandSettings : CommandSettings
{
    [CommandOption("-d|--data <DIR>")]
    [Description("The SemEval-2023 Task 3 training folder (one sub-folder per language: en, fr, ge, it, po, ru).")]
    public string? Data { get; set; }

    [CommandOption("-o|--out <DIR>")]
    [Description("Where to write the model folder.")]
    [DefaultValue("models")]
    public string Out { get; set; } = "models";

    [CommandOption("--cv <FOLDS>")]
    [Description("Cross-validation folds reported before the final training (0: none).")]
    [DefaultValue(5)]
    public int Cv { get; set; } = 5;

    [CommandOption("--seed <N>")]
    [Description("Seed of every random choice (folds, shuffles, sampling): the same seed gives the same files.")]
    [DefaultValue(1)]
    public int Seed { get; set; } = 1;

    [CommandOption("--langs <LIST>")]
    [Description("Comma-separated SemEval language folders to train on jointly.")]
    [DefaultValue("en,fr,ge,it,po,ru")]
    public string Langs { get; set; } = "en,fr,ge,it,po,ru";

    [CommandOption("--genre-langs <LIST>")]
    [Description("Comma-separated further language folders whose articles train only the genre head (never evaluated).")]
    public string? GenreLangs { get; set; }

    public IReadOnlyList<string> GenreLanguages => [.. (GenreLangs ?? string.Empty).Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)];

    [CommandOption("--max-articles <N>")]
    [Description("Use at most N articles per language (the first by id), for quick runs.")]
    public int? MaxArticles { get; set; }

    [CommandOption("--cache <DIR>")]
    [Description("Folder for cached token states (default: lantern-encoder-cache under the temp folder).")]
    public string? Cache { get; set; }

    [CommandOption("--threads <N>")]
    [Description("Encoder threads.")]
    [DefaultValue(2)]
    public int Threads { get; set; } = 2;

    [CommandOption("--precision <PRECISION>")]
    [Description("Encoder precision the heads are trained on and will run with: int8 or fp32.")]
    [DefaultValue("int8")]
    public string Precision { get; set; } = "int8";

    [CommandOption("--layers <N>")]
    [Description("Encoder layers the heads are trained on and will run with: 1 to 6 (fewer is faster).")]
    [DefaultValue(6)]
    public int Layers { get; set; } = 6;

    [CommandOption("--cv-folds <LIST>")]
    [Description("Fit and report only these cross-validation folds (1-based, comma-separated), e.g. the fold a fine-tuned encoder was not tuned on. Default: all.")]
    public string? CvFolds { get; set; }

    public IReadOnlyList<int>? EvaluateFolds => CvFolds is null ? null : [.. CvFolds.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries).Select(f => int.TryParse(f, System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out var n) ? n : 0)];

    [CommandOption("--encoder-model <FILE>")]
    [Description("An fp32 ONNX encoder graph to train on instead of the packaged one (a fine-tuned encoder from tools/Lantern.FineTune); the heads record its name.")]
    public string? EncoderModel { get; set; }

    public IReadOnlyList<string> Languages => [.. Langs.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)];

    public override ValidationResult Validate()
    {
        if (string.IsNullOrWhiteSpace(Data))
        {
            return ValidationResult.Error("--data is required (the SemEval-2023 Task 3 training folder)");
        }

        if (Cv is < 0 or 1 or > 20)
        {
            return ValidationResult.Error("--cv: use 0 (no cross-validation) or 2..20 folds");
        }

        if (MaxArticles is <= 0)
        {
            return ValidationResult.Error("--max-articles must be positive");
        }

        if (Threads is < 1 or > 64)
        {
            return ValidationResult.Error("--threads must be 1..64");
        }

        var allowed = new[] { "en", "fr", "ge", "it", "po", "ru" };
        var unknown = Languages.FirstOrDefault(l => !allowed.Contains(l));
        if (Languages.Count == 0 || unknown is not null)
        {
            return ValidationResult.Error($"--langs: unknown language '{unknown}' (expected some of: {string.Join(", ", allowed)})");
        }

        var unknownGenre = GenreLanguages.FirstOrDefault(l => !allowed.Contains(l));
        if (unknownGenre is not null)
        {
            return ValidationResult.Error($"--genre-langs: unknown language '{unknownGenre}' (expected some of: {string.Join(", ", allowed)})");
        }

        if (Precision.Trim().ToLowerInvariant() is not ("int8" or "fp32"))
        {
            return ValidationResult.Error($"--precision: '{Precision}' is not one of int8, fp32");
        }

        if (EvaluateFolds is { } folds && (folds.Count == 0 || folds.Any(f => f < 1 || f > Cv)))
        {
            return ValidationResult.Error($"--cv-folds: '{CvFolds}' is not a list of folds between 1 and --cv {Cv}");
        }

        if (Layers is < 1 or > 6)
        {
            return ValidationResult.Error($"--layers: {Layers} is not between 1 and 6");
        }

        return ValidationResult.Success();
    }
}
