namespace Lantern.Models;

/// <summary>A label with its score in [0, 1] and whether it passed its threshold.</summary>
public sealed record LabelScore(string Label, double Score, bool Selected);
