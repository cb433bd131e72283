namespace Lantern.Web.Fetching;

/// <summary>A page fetched by <see cref="UrlFetcher"/>: the URL it was finally read from (after redirects), its media type and body.</summary>
public sealed record FetchedPage(Uri Url, string MediaType, byte[] Body);
