using System.Net;
using System.Text;

namespace Lantern.Web.Tests;

/// <summary>
/// A text/plain request body whose first byte is sent at once and the rest only on <see cref="Release"/>: the server has
/// the request (and gives it an analysis slot or a queue place) but its handler waits for the body, so the test decides
/// when the slot frees up instead of racing the analysis.
/// </summary>
internal sealed class HeldBody : HttpContent
{
    private readonly byte[] bytes;
    private readonly TaskCompletionSource release = new(TaskCreationOptions.RunContinuationsAsynchronously);

    public HeldBody(string text)
    {
        bytes = Encoding.UTF8.GetBytes(text);
        Headers.ContentType = new System.Net.Http.Headers.MediaTypeHeaderValue("text/plain") { CharSet = "utf-8" };
    }

    public void Release() => release.TrySetResult();

    protected override async Task SerializeToStreamAsync(Stream stream, TransportContext? context)
    {
        await stream.WriteAsync(bytes.AsMemory(0, 1));
        await stream.FlushAsync();
        await release.Task;
        await stream.WriteAsync(bytes.AsMemory(1));
    }

    protected override bool TryComputeLength(out long length)
    {
        length = bytes.Length;
        return true;
    }
}
