namespace Lantern.Store;

/// <summary>A technique and how many spans of it.</summary>
public sealed record TechniqueCount(string Technique, int Spans);
