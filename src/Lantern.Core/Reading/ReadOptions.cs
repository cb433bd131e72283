namespace Lantern.Reading;

/// <summary>How to read an input. Every default is stated here.</summary>
public sealed record ReadOptions
{
    /// <summary>Inputs larger than this are refused (not loaded). Default 64 MiB.</summary>
    public long MaxBytes { get; init; } = 64L * 1024 * 1024;

    /// <summary>Replace invalid UTF-8 with U+FFFD (and warn) instead of rejecting the input.</summary>
    public bool Lenient { get; init; }

    /// <summary><c>text</c>, <c>semeval</c>, <c>html</c>, <c>jsonl</c>, or null to decide from the file name.</summary>
    public string? Format { get; init; }

    public static ReadOptions Default { get; } = new();
}
