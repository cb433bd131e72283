namespace Lantern.Core.Tests.Reading;

/// <summary>
/// A non-seekable stream: <paramref name="prefix"/>, then bytes of one value up to <paramref name="length"/> bytes
/// in all, generated on demand; it counts what was read from it.
/// </summary>
internal sealed class CountingStream(long length, byte value, byte[]? prefix = null) : Stream
{
    private long position;

    public long BytesRead => position;

    public override bool CanRead => true;

    public override bool CanSeek => false;

    public override bool CanWrite => false;

    public override long Length => throw new NotSupportedException();

    public override long Position
    {
        get => throw new NotSupportedException();
        set => throw new NotSupportedException();
    }

    public override int Read(byte[] buffer, int offset, int count)
    {
        var n = (int)Math.Min(count, length - position);
        var target = buffer.AsSpan(offset, n);
        target.Fill(value);
        if (prefix is not null && position < prefix.Length)
        {
            var from = prefix.AsSpan((int)position);
            from[..Math.Min(from.Length, n)].CopyTo(target);
        }

        position += n;
        return n;
    }

    public override void Flush()
    {
    }

    public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();

    public override void SetLength(long value) => throw new NotSupportedException();

    public override void Write(byte[] buffer, int offset, int count) => throw new NotSupportedException();
}
