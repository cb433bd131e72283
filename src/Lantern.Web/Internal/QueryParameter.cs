namespace Lantern.Web.Internal;

/// <summary>
/// One query parameter a route reads, as the OpenAPI document declares it and as <see cref="QueryCheck"/> enforces it:
/// the name, its JSON-schema type (<c>string</c>, <c>integer</c> or <c>number</c>), what it does, and where it has
/// them its allowed values, bounds and format.
/// </summary>
internal sealed record QueryParameter(string Name, string Type, string Description)
{
    public IReadOnlyList<string> Values { get; init; } = [];

    public double? Minimum { get; init; }

    public double? Maximum { get; init; }

    /// <summary>A JSON-schema format such as <c>date</c>.</summary>
    public string? Format { get; init; }

    public bool Required { get; init; }
}
