namespace Lantern.Web.Api;

/// <summary>A technique for the page: label, readable name, abbreviation, family, definition, an example, its colour and CSS class.</summary>
public sealed record TechniqueInfo(
    string Label, string Name, string Abbreviation, string Family, string Definition, string Example, string Colour, string CssClass);
