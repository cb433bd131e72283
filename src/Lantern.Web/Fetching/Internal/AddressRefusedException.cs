namespace Lantern.Web.Fetching.Internal;

/// <summary>Thrown inside the connect callback when the address policy refuses a host; <see cref="UrlFetcher"/> turns it into a refusal.</summary>
internal sealed class AddressRefusedException(string message) : Exception(message);
