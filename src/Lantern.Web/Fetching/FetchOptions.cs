namespace Lantern.Web.Fetching;

/// <summary>Limits of <see cref="UrlFetcher"/>. Every default is stated here.</summary>
public sealed record FetchOptions
{
    /// <summary>Allow loopback, private, link-local, CGNAT and other non-public addresses (for local testing only).</summary>
    public bool AllowPrivateAddresses { get; init; }

    /// <summary>Redirects followed, each checked like the first URL.</summary>
    public int MaxRedirects { get; init; } = 5;

    /// <summary>The whole fetch, redirects included, must finish within this.</summary>
    public TimeSpan Timeout { get; init; } = TimeSpan.FromSeconds(10);

    /// <summary>The largest page body accepted, counted after decompression (so a compressed bomb stops here).</summary>
    public long MaxBytes { get; init; } = 2L * 1024 * 1024;
}
