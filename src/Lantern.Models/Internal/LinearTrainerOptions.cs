namespace Lantern.Models.Internal;

/// <summary>Minibatch Adam settings for <see cref="LinearTrainer"/>.</summary>
internal sealed record LinearTrainerOptions(int Epochs, int BatchSize, float LearningRate, float L2, int Seed);
