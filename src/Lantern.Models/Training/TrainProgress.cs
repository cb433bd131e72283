namespace Lantern.Models.Training;

/// <summary>Progress of one training stage: <see cref="Done"/> of <see cref="Total"/> units.</summary>
public sealed record TrainProgress(string Stage, int Done, int Total);
