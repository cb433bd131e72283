using System.Buffers;

namespace Lantern.Reading.Internal;

/// <summary>
/// Splits a stream into lines at LF (a CR before it is dropped) without ever holding more than one
/// line, and no line longer than the limit: a longer line is skipped to its end and reported.
/// </summary>
internal static class ByteLines
{
    private const int ChunkSize = 1 << 16;

    public static IEnumerable<ByteLine> Read(Stream stream, long maxLineBytes, CancellationToken cancellationToken)
    {
        var chunk = ArrayPool<byte>.Shared.Rent(ChunkSize);
        var line = new MemoryStream();
        var overLimit = false;
        long number = 1;
        try
        {
            while (true)
            {
                cancellationToken.ThrowIfCancellationRequested();
                var read = stream.Read(chunk, 0, ChunkSize);
                if (read == 0)
                {
                    break;
                }

                var start = 0;
                while (start < read)
                {
                    var newline = Array.IndexOf(chunk, (byte)'\n', start, read - start);
                    var end = newline < 0 ? read : newline;
                    if (!overLimit)
                    {
                        if (line.Length + (end - start) > maxLineBytes + 1)
                        {
                            // One byte of slack for the CR of a CRLF; checked again when the line ends.
                            overLimit = true;
                            line.SetLength(0);
                        }
                        else
                        {
                            line.Write(chunk, start, end - start);
                        }
                    }

                    if (newline < 0)
                    {
                        break;
                    }

                    yield return Finish(number++, line, overLimit, maxLineBytes);
                    overLimit = false;
                    start = newline + 1;
                }
            }

            if (line.Length > 0 || overLimit)
            {
                yield return Finish(number, line, overLimit, maxLineBytes);
            }
        }
        finally
        {
            ArrayPool<byte>.Shared.Return(chunk);
        }
    }

    private static ByteLine Finish(long number, MemoryStream line, bool overLimit, long maxLineBytes)
    {
        if (!overLimit && line.Length > 0 && line.GetBuffer()[line.Length - 1] == (byte)'\r')
        {
            line.SetLength(line.Length - 1);
        }

        var result = overLimit || line.Length > maxLineBytes ? new ByteLine(number, null) : new ByteLine(number, line.ToArray());
        line.SetLength(0);
        return result;
    }
}
