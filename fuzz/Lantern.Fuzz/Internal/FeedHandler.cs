using System.Net;

namespace Lantern.Fuzz.Internal;

/// <summary>
/// Serves the fuzz input as the feed and 404 for every other address, in memory: the feed target runs the real
/// <c>FeedSource</c> (fetch, size cap, XML, items) without a network.
/// </summary>
internal sealed class FeedHandler(Uri feed, byte[] body) : HttpMessageHandler
{
    protected override Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
    {
        var found = request.RequestUri == feed;
        var response = new HttpResponseMessage(found ? HttpStatusCode.OK : HttpStatusCode.NotFound)
        {
            Content = new ByteArrayContent(found ? body : []),
            RequestMessage = request,
        };
        return Task.FromResult(response);
    }
}
