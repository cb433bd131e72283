using System.Net;
using System.Text.Json;

namespace Lantern.Web.Tests;

/// <summary>A problem JSON answer as read back by the tests.</summary>
internal sealed record Problem(HttpStatusCode Status, string ContentType, string Title, string Detail)
{
    public static async Task<Problem> ReadAsync(HttpResponseMessage response)
    {
        var body = await response.Content.ReadAsStringAsync();
        using var json = JsonDocument.Parse(body);
        var root = json.RootElement;
        Assert.Equal((int)response.StatusCode, root.GetProperty("status").GetInt32());
        return new Problem(
            response.StatusCode,
            response.Content.Headers.ContentType?.MediaType ?? string.Empty,
            root.GetProperty("title").GetString() ?? string.Empty,
            root.TryGetProperty("detail", out var detail) ? detail.GetString() ?? string.Empty : string.Empty);
    }
}
