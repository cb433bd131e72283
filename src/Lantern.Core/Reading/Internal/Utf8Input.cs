using System.Buffers;
using System.Text;
using System.Text.Unicode;
using Lantern.Errors;

namespace Lantern.Reading.Internal;

/// <summary>
/// Bytes to text for every reader: size checked before loading, UTF-8 with an optional BOM, strict
/// unless lenient, NUL bytes refused as binary. Line ends are kept exactly as read.
/// </summary>
internal static class Utf8Input
{
    private static ReadOnlySpan<byte> Bom => [0xEF, 0xBB, 0xBF];

    /// <summary>Reads a whole file, refusing it from its length before loading anything.</summary>
    public static DecodedText ReadFile(string path, ReadOptions options, CancellationToken cancellationToken)
    {
        var info = new FileInfo(path);
        if (!info.Exists)
        {
            throw LanternErrors.NotFound(path);
        }

        if (info.Length > options.MaxBytes)
        {
            throw LanternErrors.TooLarge(path, info.Length, options.MaxBytes);
        }

        using var stream = new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.Read, 1, FileOptions.SequentialScan);
        return ReadStream(stream, path, options, cancellationToken);
    }

    /// <summary>Reads a stream to its end; a seekable one is refused from its length, any other while streaming.</summary>
    public static DecodedText ReadStream(Stream stream, string name, ReadOptions options, CancellationToken cancellationToken)
    {
        var bytes = ReadBytes(stream, name, options.MaxBytes, cancellationToken);
        return Decode(bytes, name, options.Lenient);
    }

    internal static byte[] ReadBytes(Stream stream, string name, long maxBytes, CancellationToken cancellationToken)
    {
        if (stream.CanSeek)
        {
            var remaining = stream.Length - stream.Position;
            if (remaining > maxBytes)
            {
                throw LanternErrors.TooLarge(name, remaining, maxBytes);
            }

            var exact = new byte[remaining];
            var read = 0;
            while (read < exact.Length)
            {
                cancellationToken.ThrowIfCancellationRequested();
                var n = stream.Read(exact, read, Math.Min(exact.Length - read, 1 << 20));
                if (n == 0)
                {
                    // The file shrank while reading: keep what is there.
                    return exact[..read];
                }

                read += n;
            }

            return exact;
        }

        // Unknown length (stdin, a pipe): grow in chunks and stop one byte past the limit.
        var buffer = new MemoryStream();
        var chunk = ArrayPool<byte>.Shared.Rent(1 << 16);
        try
        {
            while (true)
            {
                cancellationToken.ThrowIfCancellationRequested();
                var n = stream.Read(chunk, 0, chunk.Length);
                if (n == 0)
                {
                    return buffer.ToArray();
                }

                if (buffer.Length + n > maxBytes)
                {
                    throw LanternErrors.TooLargeStream(name, maxBytes);
                }

                buffer.Write(chunk, 0, n);
            }
        }
        finally
        {
            ArrayPool<byte>.Shared.Return(chunk);
        }
    }

    /// <summary>Decodes UTF-8 bytes; error offsets are byte offsets into <paramref name="bytes"/> (BOM included).</summary>
    public static DecodedText Decode(ReadOnlySpan<byte> bytes, string name, bool lenient)
    {
        if (bytes.Length >= 2 && ((bytes[0] == 0xFF && bytes[1] == 0xFE) || (bytes[0] == 0xFE && bytes[1] == 0xFF)))
        {
            throw LanternErrors.UnsupportedEncoding(name, "UTF-16");
        }

        var nul = bytes.IndexOf((byte)0);
        if (nul >= 0)
        {
            throw LanternErrors.BinaryInput(name, nul);
        }

        var bom = bytes.StartsWith(Bom) ? Bom.Length : 0;
        var warnings = new List<string>();
        var text = DecodeUtf8(bytes[bom..], bom, name, lenient, warnings);
        if (string.IsNullOrWhiteSpace(text))
        {
            throw LanternErrors.EmptyInput(name);
        }

        return new DecodedText(text, warnings, bom > 0);
    }

    /// <summary>Strict or lenient UTF-8 to string; <paramref name="baseOffset"/> is added to reported byte offsets.</summary>
    internal static string DecodeUtf8(ReadOnlySpan<byte> body, long baseOffset, string name, bool lenient, List<string> warnings)
    {
        if (body.IsEmpty)
        {
            return string.Empty;
        }

        // UTF-16 never needs more code units than UTF-8 has bytes.
        var chars = ArrayPool<char>.Shared.Rent(body.Length);
        try
        {
            var status = Utf8.ToUtf16(body, chars, out var read, out var written, replaceInvalidSequences: false, isFinalBlock: true);
            if (status == OperationStatus.Done)
            {
                return new string(chars, 0, written);
            }

            if (!lenient)
            {
                throw LanternErrors.InvalidUtf8(name, baseOffset + read);
            }

            var first = baseOffset + read;
            var count = CountInvalidSequences(body);
            Utf8.ToUtf16(body, chars, out _, out written, replaceInvalidSequences: true, isFinalBlock: true);
            warnings.Add($"{count} invalid UTF-8 sequence(s) replaced with U+FFFD (the first at byte {first})");
            return new string(chars, 0, written);
        }
        finally
        {
            ArrayPool<char>.Shared.Return(chars);
        }
    }

    private static int CountInvalidSequences(ReadOnlySpan<byte> body)
    {
        var count = 0;
        var position = 0;
        while (position < body.Length)
        {
            var status = Rune.DecodeFromUtf8(body[position..], out _, out var consumed);
            if (status != OperationStatus.Done)
            {
                count++;
            }

            position += Math.Max(consumed, 1);
        }

        return count;
    }
}
