namespace Lantern.Store;

/// <summary>A stored span with the article it is in (for passages that illustrate a technique).</summary>
public sealed record StoredSpan(long ArticleId, string? Title, string? Source, string Technique, int Start, int Length, double Score, string Text);
