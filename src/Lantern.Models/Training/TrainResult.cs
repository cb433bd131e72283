namespace Lantern.Models.Training;

/// <summary>The outcome of <see cref="Trainer.Run"/>: the model folder, its version, and the cross-validation report lines.</summary>
public sealed record TrainResult(string ModelDirectory, string ModelVersion, IReadOnlyList<string> Report, TimeSpan Duration);
