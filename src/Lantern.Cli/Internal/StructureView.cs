namespace Lantern.Cli.Internal;

internal sealed record StructureView(string Kind, int Start, int End, string Text, string? Detail);
