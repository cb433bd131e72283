using System.Collections.Frozen;
using System.Security.Cryptography;
using System.Text;
using Microsoft.AspNetCore.Http;

namespace Lantern.Web.Internal;

/// <summary>
/// The page's files (index.html, app.js, app.css) from the assembly's embedded <c>wwwroot/</c>, the pages with their
/// shared blocks put in (<see cref="PageIncludes"/>), plus the technique colours generated from the palette, all held in
/// memory with an ETag. Nothing comes from a CDN.
/// </summary>
internal sealed class EmbeddedAssets
{
    private const string Prefix = "wwwroot/";
    private readonly FrozenDictionary<string, Asset> assets;

    public EmbeddedAssets()
    {
        var assembly = typeof(EmbeddedAssets).Assembly;
        var files = new Dictionary<string, byte[]>(StringComparer.Ordinal);
        foreach (var resource in assembly.GetManifestResourceNames().Where(n => n.StartsWith(Prefix, StringComparison.Ordinal)))
        {
            using var stream = assembly.GetManifestResourceStream(resource)!;
            using var copy = new MemoryStream();
            stream.CopyTo(copy);
            files[resource[Prefix.Length..]] = copy.ToArray();
        }

        // The shared blocks go into the pages here (PageIncludes) and are not served on their own.
        var partials = files.Where(f => f.Key.StartsWith(PageIncludes.Folder, StringComparison.Ordinal))
            .ToDictionary(f => Path.GetFileNameWithoutExtension(f.Key), f => Encoding.UTF8.GetString(f.Value), StringComparer.Ordinal);
        var found = new Dictionary<string, Asset>(StringComparer.Ordinal);
        foreach (var (name, bytes) in files.Where(f => !f.Key.StartsWith(PageIncludes.Folder, StringComparison.Ordinal)))
        {
            var content = name.EndsWith(".html", StringComparison.Ordinal)
                ? Encoding.UTF8.GetBytes(PageIncludes.Compose(name, Encoding.UTF8.GetString(bytes), partials))
                : bytes;
            found[name] = Create(content, ContentType(name));
        }

        found[TechniqueStyles.FileName] = Create(Encoding.UTF8.GetBytes(TechniqueStyles.Css()), "text/css; charset=utf-8");
        assets = found.ToFrozenDictionary(StringComparer.Ordinal);
    }

    public IEnumerable<string> Names => assets.Keys;

    public IResult Serve(HttpContext context, string name)
    {
        if (!assets.TryGetValue(name, out var asset))
        {
            return Results.Problem(statusCode: StatusCodes.Status404NotFound, title: "Not found", detail: $"no such file: {name}");
        }

        context.Response.Headers.CacheControl = "no-cache";
        context.Response.Headers.ETag = asset.ETag;
        if (context.Request.Headers.IfNoneMatch == asset.ETag)
        {
            return Results.StatusCode(StatusCodes.Status304NotModified);
        }

        return Results.Bytes(asset.Bytes, asset.ContentType);
    }

    private static Asset Create(byte[] bytes, string contentType) =>
        new(bytes, contentType, $"\"{Convert.ToHexStringLower(SHA256.HashData(bytes).AsSpan(0, 8))}\"");

    private static string ContentType(string name) => Path.GetExtension(name) switch
    {
        ".html" => "text/html; charset=utf-8",
        ".js" => "text/javascript; charset=utf-8",
        ".css" => "text/css; charset=utf-8",
        ".svg" => "image/svg+xml",
        ".png" => "image/png",
        _ => "application/octet-stream",
    };

    private sealed record Asset(byte[] Bytes, string ContentType, string ETag);
}
