namespace Lantern.Store;

/// <summary>An outlet: its domain (the key articles refer to), display name, country, language, orientation and free tags.</summary>
public sealed record SourceRecord(string Domain, string Name, string? Country, string? Language, string? Orientation, IReadOnlyList<string> Tags);
