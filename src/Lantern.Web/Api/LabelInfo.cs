namespace Lantern.Web.Api;

/// <summary>A frame or genre: label, readable name, abbreviation, definition and an example sentence.</summary>
public sealed record LabelInfo(string Label, string Name, string Abbreviation, string Definition, string Example);
