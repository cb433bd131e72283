namespace Lantern.Web.Internal;

/// <summary>
/// Endpoint metadata: the request body a route reads by hand (so minimal APIs cannot infer it): the media types it
/// accepts, the type its JSON is read into, and for text bodies what they hold. The OpenAPI document declares it from
/// here and the route's own 415 check uses the same <see cref="MediaTypes"/>.
/// </summary>
internal sealed record DeclaredBody(IReadOnlyList<string> MediaTypes, Type JsonType, string TextDescription);
