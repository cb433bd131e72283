using Lantern.Models.Encoding;

namespace Lantern.Models.Training;

/// <summary>What <see cref="Trainer.Run"/> trains on and where it writes; every default is stated here.</summary>
public sealed record TrainSettings
{
    /// <summary>The SemEval-2023 Task 3 folder holding one sub-folder per language.</summary>
    public required string DataDirectory { get; init; }

    /// <summary>Where the model files are written (created when missing).</summary>
    public required string OutputDirectory { get; init; }

    /// <summary>Cross-validation folds reported before the final training; 0 or 1 skips cross-validation. Default 5.</summary>
    public int Folds { get; init; } = 5;

    public int Seed { get; init; } = 1;

    /// <summary>SemEval language folders to train on. Default all six, trained jointly.</summary>
    public IReadOnlyList<string> Languages { get; init; } = ["en", "fr", "ge", "it", "po", "ru"];

    /// <summary>
    /// Further SemEval language folders whose articles train the genre head only (more reporting and satire
    /// examples than English alone has); never evaluated. Default none.
    /// </summary>
    public IReadOnlyList<string> GenreLanguages { get; init; } = [];

    /// <summary>At most this many articles per language (the first by id); null: all.</summary>
    public int? MaxArticles { get; init; }

    /// <summary>Folder for cached token states (never committed). Default: a folder under the system temp folder.</summary>
    public string CacheDirectory { get; init; } = Path.Combine(Path.GetTempPath(), "lantern-encoder-cache");

    /// <summary>Encoder precision the heads are trained on (and later run with). Default INT8.</summary>
    public EncoderPrecision Precision { get; init; } = EncoderPrecision.Int8;

    /// <summary>Encoder layers the heads are trained on (and later run with), 1 to 6. Default 6.</summary>
    public int Layers { get; init; } = Encoding.MiniLmEncoder.FullDepth;

    /// <summary>
    /// An fp32 encoder graph to train the heads on instead of the packaged one (a fine-tuned encoder written by
    /// tools/Lantern.FineTune; see <see cref="MiniLmEncoderOptions.ModelPath"/>); the heads record its name, which
    /// carries a hash of the file. Default null: the packaged encoder.
    /// </summary>
    public string? EncoderModelPath { get; init; }

    /// <summary>
    /// Only these folds (1-based) of the cross-validation are fitted and reported, e.g. the one fold a fine-tuned
    /// encoder never saw; the means are over them. Default null: every fold.
    /// </summary>
    public IReadOnlyList<int>? EvaluateFolds { get; init; }

    /// <summary>Encoder threads. Default 2.</summary>
    public int Threads { get; init; } = 2;
}
