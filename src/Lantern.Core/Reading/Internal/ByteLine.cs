namespace Lantern.Reading.Internal;

/// <summary>One line of a byte stream, without its terminator; <see cref="Bytes"/> is null when the line was over the limit.</summary>
internal readonly record struct ByteLine(long Number, byte[]? Bytes);
