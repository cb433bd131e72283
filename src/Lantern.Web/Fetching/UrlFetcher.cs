using System.Net;
using System.Net.Http.Headers;
using System.Net.Sockets;
using Lantern.Errors;
using Lantern.Web.Fetching.Internal;

namespace Lantern.Web.Fetching;

/// <summary>
/// Fetches a page on a visitor's behalf, guarded against server-side request forgery: http and https only;
/// every host is resolved here and refused when any of its addresses is not public (<see cref="AddressPolicy"/>),
/// and the connection goes to the very address that was checked, so a DNS answer that changes between the
/// check and the connection (rebinding) cannot slip through; redirects are followed by hand, each one
/// checked again; the whole fetch has a time-out and the body, after decompression, a size cap.
/// Thread-safe; one instance serves the app.
/// </summary>
public sealed class UrlFetcher : IDisposable
{
    /// <summary>The media types read as articles.</summary>
    public static IReadOnlyList<string> MediaTypes { get; } = ["text/html", "application/xhtml+xml", "text/plain"];

    private readonly FetchOptions options;
    private readonly HttpClient client;

    public UrlFetcher(FetchOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        this.options = options;
        var handler = new SocketsHttpHandler
        {
            // Redirects are followed in FetchAsync so that each target is checked.
            AllowAutoRedirect = false,

            // A proxy would connect on our behalf to an address we never checked.
            UseProxy = false,
            UseCookies = false,
            AutomaticDecompression = DecompressionMethods.All,
            ConnectTimeout = options.Timeout,
            MaxResponseHeadersLength = 64,
            PooledConnectionLifetime = TimeSpan.FromMinutes(1),
            ConnectCallback = ConnectAsync,
        };
        client = new HttpClient(handler) { Timeout = Timeout.InfiniteTimeSpan };
        client.DefaultRequestHeaders.UserAgent.Add(new ProductInfoHeaderValue("Lantern", "0.1"));
        client.DefaultRequestHeaders.Accept.ParseAdd("text/html, application/xhtml+xml, text/plain;q=0.9");
    }

    /// <summary>
    /// Fetches <paramref name="url"/>. Throws <see cref="InputRejectedException"/> with a one-line reason when the
    /// URL is not allowed (scheme, address, too many redirects) or the page cannot be fetched or read.
    /// </summary>
    public async Task<FetchedPage> FetchAsync(string url, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(url);
        var current = ParseUrl(url.Trim(), url);
        using var timeout = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        timeout.CancelAfter(options.Timeout);
        try
        {
            for (var redirects = 0; ; redirects++)
            {
                // HTTP/1.1 (or lower), never an upgrade to HTTP/3: QUIC connections do not go through ConnectCallback.
                using var request = new HttpRequestMessage(HttpMethod.Get, current)
                {
                    Version = HttpVersion.Version11,
                    VersionPolicy = HttpVersionPolicy.RequestVersionOrLower,
                };
                using var response = await SendAsync(request, url, timeout.Token);
                if (IsRedirect(response.StatusCode))
                {
                    if (redirects >= options.MaxRedirects)
                    {
                        throw LanternErrors.UrlRefused(url, $"more than {options.MaxRedirects} redirects");
                    }

                    var location = response.Headers.Location
                        ?? throw LanternErrors.UrlFetchFailed(url, $"HTTP {(int)response.StatusCode} without a Location header");
                    current = ParseUrl(new Uri(current, location).AbsoluteUri, url);
                    continue;
                }

                if (!response.IsSuccessStatusCode)
                {
                    throw LanternErrors.UrlFetchFailed(url, $"the server answered HTTP {(int)response.StatusCode}");
                }

                var mediaType = response.Content.Headers.ContentType?.MediaType?.ToLowerInvariant() ?? "text/html";
                if (!MediaTypes.Contains(mediaType))
                {
                    throw LanternErrors.UrlFetchFailed(url, $"it is {mediaType}, not an HTML or text page");
                }

                if (response.Content.Headers.ContentLength > options.MaxBytes)
                {
                    throw LanternErrors.UrlFetchFailed(url, $"the page is over the limit of {options.MaxBytes} bytes");
                }

                var body = await ReadCappedAsync(response.Content, url, timeout.Token);
                return new FetchedPage(current, mediaType, body);
            }
        }
        catch (OperationCanceledException) when (!cancellationToken.IsCancellationRequested)
        {
            throw LanternErrors.UrlFetchFailed(url, $"no complete answer within {options.Timeout.TotalSeconds:0.#} s");
        }
    }

    public void Dispose() => client.Dispose();

    private async Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, string url, CancellationToken cancellationToken)
    {
        try
        {
            return await client.SendAsync(request, HttpCompletionOption.ResponseHeadersRead, cancellationToken);
        }
        catch (HttpRequestException e) when (e.InnerException is AddressRefusedException refused)
        {
            throw LanternErrors.UrlRefused(url, refused.Message);
        }
        catch (HttpRequestException e)
        {
            throw LanternErrors.UrlFetchFailed(url, Describe(e));
        }
    }

    private Uri ParseUrl(string candidate, string asGiven)
    {
        if (!Uri.TryCreate(candidate, UriKind.Absolute, out var uri) || (uri.Scheme != Uri.UriSchemeHttp && uri.Scheme != Uri.UriSchemeHttps))
        {
            throw candidate == asGiven
                ? LanternErrors.UrlInvalid(asGiven)
                : LanternErrors.UrlRefused(asGiven, "it redirects to a URL that is not http or https");
        }

        if (!string.IsNullOrEmpty(uri.UserInfo))
        {
            throw LanternErrors.UrlRefused(asGiven, "URLs with a user name or password are not fetched");
        }

        // An address literal is judged before any connection (the connect callback judges it again).
        if (!options.AllowPrivateAddresses && IPAddress.TryParse(uri.IdnHost, out var literal) && AddressPolicy.WhyNotPublic(literal) is { } why)
        {
            throw LanternErrors.UrlRefused(asGiven, RefusalFor(uri.IdnHost, literal, why));
        }

        return uri;
    }

    private async ValueTask<Stream> ConnectAsync(SocketsHttpConnectionContext context, CancellationToken cancellationToken)
    {
        var host = context.DnsEndPoint.Host;
        IPAddress[] addresses;
        try
        {
            addresses = IPAddress.TryParse(host, out var literal) ? [literal] : await Dns.GetHostAddressesAsync(host, cancellationToken);
        }
        catch (SocketException)
        {
            throw new AddressRefusedException($"the host name {host} does not resolve");
        }

        if (addresses.Length == 0)
        {
            throw new AddressRefusedException($"the host name {host} does not resolve");
        }

        if (!options.AllowPrivateAddresses)
        {
            // Refused when any answer is not public: a host that mixes public and private answers is suspect.
            foreach (var address in addresses)
            {
                if (AddressPolicy.WhyNotPublic(address) is { } why)
                {
                    throw new AddressRefusedException(RefusalFor(host, address, why));
                }
            }
        }

        Exception? last = null;
        foreach (var address in addresses)
        {
            var socket = new Socket(address.AddressFamily, SocketType.Stream, ProtocolType.Tcp) { NoDelay = true };
            try
            {
                // The address checked above, never the name again: no second DNS lookup to rebind.
                await socket.ConnectAsync(new IPEndPoint(address, context.DnsEndPoint.Port), cancellationToken);
                return new NetworkStream(socket, ownsSocket: true);
            }
            catch (SocketException e)
            {
                socket.Dispose();
                last = e;
            }
            catch
            {
                socket.Dispose();
                throw;
            }
        }

        throw new HttpRequestException($"connection refused by {host}", last);
    }

    private async Task<byte[]> ReadCappedAsync(HttpContent content, string url, CancellationToken cancellationToken)
    {
        await using var stream = await content.ReadAsStreamAsync(cancellationToken);
        using var buffer = new MemoryStream();
        var chunk = new byte[81920];
        int read;
        while ((read = await stream.ReadAsync(chunk, cancellationToken)) > 0)
        {
            if (buffer.Length + read > options.MaxBytes)
            {
                throw LanternErrors.UrlFetchFailed(url, $"the page is over the limit of {options.MaxBytes} bytes");
            }

            buffer.Write(chunk, 0, read);
        }

        return buffer.ToArray();
    }

    private static string RefusalFor(string host, IPAddress address, string why) =>
        host == address.ToString() || host.Trim('[', ']') == address.ToString()
            ? $"{address} is {why} (start the server with --allow-private-urls to allow it)"
            : $"{host} resolves to {address}, {why} (start the server with --allow-private-urls to allow it)";

    private static bool IsRedirect(HttpStatusCode status) =>
        status is HttpStatusCode.MovedPermanently or HttpStatusCode.Found or HttpStatusCode.SeeOther
            or HttpStatusCode.TemporaryRedirect or HttpStatusCode.PermanentRedirect;

    private static string Describe(HttpRequestException e) => e.HttpRequestError switch
    {
        HttpRequestError.NameResolutionError => "the host name does not resolve",
        HttpRequestError.ConnectionError => "the connection failed",
        HttpRequestError.SecureConnectionError => "the TLS handshake failed",
        HttpRequestError.InvalidResponse => "the server sent an invalid answer",
        HttpRequestError.ResponseEnded => "the server closed the connection early",
        HttpRequestError.ConfigurationLimitExceeded => "the server's headers are too large",
        _ => e.InnerException?.Message ?? e.Message,
    };
}
