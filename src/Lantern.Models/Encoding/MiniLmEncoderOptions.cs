namespace Lantern.Models.Encoding;

/// <summary>Settings of <see cref="MiniLmEncoder"/>; every default is stated here.</summary>
public sealed record MiniLmEncoderOptions
{
    /// <summary>ONNX Runtime intra-op threads. Default 2.</summary>
    public int IntraOpThreads { get; init; } = 2;

    /// <summary>
    /// Whether ONNX Runtime's intra-op threads spin while waiting for work. Default true: fastest when one
    /// article at a time owns the cores. A server that runs several analyses at once should turn it off, so
    /// waiting threads yield the cores to the other analyses instead of burning them.
    /// </summary>
    public bool AllowSpinning { get; init; } = true;

    /// <summary>Word pieces per model window, without [CLS] and [SEP]. Default 254 (256 with them); at most 510.</summary>
    public int WindowTokens { get; init; } = 254;

    /// <summary>How far the next window starts after the previous one, in word pieces. Default 192.</summary>
    public int Stride { get; init; } = 192;

    /// <summary>Windows per model call; windows in a call are padded to the longest. Default 16.</summary>
    public int BatchSize { get; init; } = 16;

    /// <summary>Weight precision. Default <see cref="EncoderPrecision.Int8"/>; <see cref="EncoderPrecision.Float32"/> for comparison.</summary>
    public EncoderPrecision Precision { get; init; } = EncoderPrecision.Int8;

    /// <summary>
    /// Transformer layers run, from the bottom: 1 to 6. Default 6 (the whole model). Fewer layers cost
    /// proportionally less per token; heads record the depth they were trained on and the loader follows it.
    /// </summary>
    public int Layers { get; init; } = MiniLmEncoder.FullDepth;

    /// <summary>
    /// An fp32 ONNX graph of all-MiniLM-L6-v2's architecture and vocabulary to run instead of the packaged one, such
    /// as a fine-tuned encoder written by <c>tools/Lantern.FineTune</c>; null (default): the package's graph. It is cut
    /// to <see cref="Layers"/> and quantised like the packaged graph, and the encoder's name records it
    /// (<c>-ft</c> and a hash of the file), so heads trained on its states name it.
    /// </summary>
    public string? ModelPath { get; init; }

    /// <summary>
    /// Where the INT8 graph is kept once made, so later starts read 59 MB instead of rewriting the 90 MB fp32
    /// graph (faster load, lower peak memory). Default: <c>$LANTERN_CACHE</c>, else <c>$XDG_CACHE_HOME/lantern</c>,
    /// else <c>~/.cache/lantern</c>; null: always rewrite in memory. An unwritable folder only costs the rewrite.
    /// </summary>
    public string? CacheDirectory { get; init; } = DefaultCacheDirectory();

    public static MiniLmEncoderOptions Default { get; } = new();

    private static string? DefaultCacheDirectory()
    {
        var explicitCache = Environment.GetEnvironmentVariable("LANTERN_CACHE");
        if (!string.IsNullOrWhiteSpace(explicitCache))
        {
            return explicitCache;
        }

        var xdg = Environment.GetEnvironmentVariable("XDG_CACHE_HOME");
        if (!string.IsNullOrWhiteSpace(xdg))
        {
            return Path.Combine(xdg, "lantern");
        }

        var home = Environment.GetFolderPath(Environment.SpecialFolder.UserProfile);
        return string.IsNullOrEmpty(home) ? null : Path.Combine(home, ".cache", "lantern");
    }
}
