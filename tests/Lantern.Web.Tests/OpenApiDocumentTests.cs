using System.Net;
using System.Text;
using System.Text.Json;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.Metadata;
using Microsoft.AspNetCore.Routing;

namespace Lantern.Web.Tests;

/// <summary>
/// The served OpenAPI document against the running app (all routes, the corpus included): every API route is in it,
/// and each operation's query parameters and request body are what the route really takes. What is real is asked of the
/// server itself: an undeclared query parameter is refused with the list of the route's own, a bad value of a declared
/// one is refused naming it, and a wrong content type is refused with the list of accepted types.
/// </summary>
[Collection(CorpusAppCollection.Name)]
public sealed class OpenApiDocumentTests(CorpusAppFixture app)
{
    private const string Probe = "undeclaredProbe";

    private async Task<JsonElement> DocumentAsync() => JsonDocument.Parse(await app.Client.GetStringAsync("/openapi/v1.json")).RootElement.Clone();

    private static IEnumerable<(string Path, string Method, JsonElement Operation)> Operations(JsonElement document) =>
        from path in document.GetProperty("paths").EnumerateObject()
        where path.Name.StartsWith("/api/", StringComparison.Ordinal)
        from operation in path.Value.EnumerateObject()
        select (path.Name, operation.Name.ToUpperInvariant(), operation.Value);

    private static IReadOnlyList<JsonElement> QueryParameters(JsonElement operation) =>
        operation.TryGetProperty("parameters", out var parameters)
            ? [.. parameters.EnumerateArray().Where(p => p.GetProperty("in").GetString() == "query")]
            : [];

    // A request the route accepts as far as its query goes: path parameters and required query parameters filled in.
    private static string Url(string path, JsonElement operation, params (string Name, string Value)[] extra)
    {
        var query = QueryParameters(operation)
            .Where(p => p.TryGetProperty("required", out var required) && required.GetBoolean())
            .Select(p => (Name: p.GetProperty("name").GetString()!, Value: "probe"))
            .Where(p => extra.All(e => e.Name != p.Name))
            .Concat(extra)
            .Select(p => $"{Uri.EscapeDataString(p.Name)}={Uri.EscapeDataString(p.Value)}");
        return path.Replace("{id}", "1", StringComparison.Ordinal) + "?" + string.Join('&', query);
    }

    private async Task<(HttpStatusCode Status, string Detail)> SendAsync(string method, string url, string? contentType = "application/json", string body = "{}")
    {
        using var request = new HttpRequestMessage(new HttpMethod(method), url);
        if (method == "POST")
        {
            request.Content = new StringContent(body, Encoding.UTF8);
            request.Content.Headers.ContentType = contentType is null ? null : new System.Net.Http.Headers.MediaTypeHeaderValue(contentType);
            request.Headers.Authorization = new System.Net.Http.Headers.AuthenticationHeaderValue("Bearer", CorpusAppFixture.Token);
        }

        using var response = await app.Client.SendAsync(request);
        var text = await response.Content.ReadAsStringAsync();
        var detail = response.Content.Headers.ContentType?.MediaType == "application/problem+json"
            ? JsonDocument.Parse(text).RootElement.GetProperty("detail").GetString() ?? string.Empty
            : string.Empty;
        return (response.StatusCode, detail);
    }

    [Fact]
    public async Task Given_the_running_app_When_its_document_is_read_Then_every_api_route_and_method_is_in_it()
    {
        var document = await DocumentAsync();
        var documented = Operations(document).Select(o => $"{o.Method} {o.Path}").ToHashSet();

        var routed = app.Endpoints.OfType<RouteEndpoint>()
            .Where(e => e.RoutePattern.RawText?.StartsWith("/api/", StringComparison.Ordinal) == true)
            .Where(e => e.Metadata.GetMetadata<IExcludeFromDescriptionMetadata>() is not { ExcludeFromDescription: true })
            .SelectMany(e => e.Metadata.GetMetadata<IHttpMethodMetadata>()!.HttpMethods.Select(m => $"{m} {e.RoutePattern.RawText}"))
            .ToHashSet();

        Assert.True(routed.Count >= 8, string.Join(", ", routed));
        Assert.Equal(routed.Order(), documented.Order());
    }

    [Fact]
    public async Task Given_each_operation_When_sent_an_undeclared_query_parameter_Then_the_400_lists_exactly_the_declared_ones()
    {
        var document = await DocumentAsync();

        foreach (var (path, method, operation) in Operations(document))
        {
            var declared = QueryParameters(operation).Select(p => p.GetProperty("name").GetString()!).ToList();

            var (status, detail) = await SendAsync(method, Url(path, operation, (Probe, "1")));

            Assert.True(status == HttpStatusCode.BadRequest, $"{method} {path}: {status} {detail}");
            var expected = declared.Count == 0
                ? $"unknown query parameter '{Probe}' (this route takes none)"
                : $"unknown query parameter '{Probe}' (allowed: {string.Join(", ", declared)})";
            Assert.Equal(expected, detail);
        }
    }

    [Fact]
    public async Task Given_each_declared_parameter_with_a_type_When_sent_a_bad_value_Then_the_route_refuses_it_by_name()
    {
        var document = await DocumentAsync();
        var checkedCount = 0;

        foreach (var (path, method, operation) in Operations(document))
        {
            foreach (var parameter in QueryParameters(operation))
            {
                var name = parameter.GetProperty("name").GetString()!;
                var schema = parameter.GetProperty("schema");
                var typed = schema.TryGetProperty("enum", out _) || schema.TryGetProperty("format", out _)
                    || schema.GetProperty("type").GetString() is "integer" or "number";
                Assert.False(string.IsNullOrWhiteSpace(parameter.GetProperty("description").GetString()), $"{path} {name}: no description");
                if (!typed)
                {
                    continue;
                }

                var (status, detail) = await SendAsync(method, Url(path, operation, (name, "no-such-value")));

                Assert.True(status == HttpStatusCode.BadRequest, $"{method} {path}?{name}: {status} {detail}");
                Assert.StartsWith(name, detail, StringComparison.Ordinal);
                checkedCount++;
            }
        }

        Assert.True(checkedCount >= 20, $"only {checkedCount} typed parameters checked");
    }

    [Theory]
    [InlineData("/api/analyze", "minConfidence")]
    [InlineData("/api/analyze", "preset")]
    [InlineData("/api/articles", "voice")]
    [InlineData("/api/articles", "minConfidence")]
    [InlineData("/api/articles/{id}", "minConfidence")]
    [InlineData("/api/articles/{id}", "preset")]
    [InlineData("/api/stats", "voice")]
    [InlineData("/api/stats", "minConfidence")]
    [InlineData("/api/compare", "voice")]
    [InlineData("/api/compare", "minConfidence")]
    public async Task Given_the_confidence_and_voice_parameters_When_documented_Then_they_carry_their_type_and_allowed_values(string path, string name)
    {
        var document = await DocumentAsync();
        var operation = Operations(document).Single(o => o.Path == path && o.Method is "GET" or "POST").Operation;

        var schema = QueryParameters(operation).Single(p => p.GetProperty("name").GetString() == name).GetProperty("schema");

        if (name == "minConfidence")
        {
            Assert.Equal("number", schema.GetProperty("type").GetString());
            Assert.Equal((0.0, 1.0), (schema.GetProperty("minimum").GetDouble(), schema.GetProperty("maximum").GetDouble()));
        }
        else
        {
            IReadOnlyList<string> values = [.. schema.GetProperty("enum").EnumerateArray().Select(v => v.GetString()!)];
            Assert.Equal(
                name == "voice" ? Lantern.Store.VoiceFilters.Names : path.Contains("{id}", StringComparison.Ordinal) ? ["balanced"] : Lantern.Models.ConfidencePresets.Names,
                values);
        }
    }

    [Fact]
    public async Task Given_each_post_operation_When_sent_an_unaccepted_content_type_Then_the_415_lists_exactly_the_declared_body_types()
    {
        var document = await DocumentAsync();
        var posts = Operations(document).Where(o => o.Method == "POST").ToList();
        Assert.Contains(posts, o => o.Path == "/api/explain");

        foreach (var (path, method, operation) in posts)
        {
            Assert.True(operation.TryGetProperty("requestBody", out var body), $"{path}: no request body declared");
            var declared = body.GetProperty("content").EnumerateObject().Select(c => c.Name).ToList();

            var (status, detail) = await SendAsync(method, path, "application/x-probe", "probe");

            Assert.True(status == HttpStatusCode.UnsupportedMediaType, $"{path}: {status} {detail}");
            Assert.EndsWith($"(send one of: {string.Join(", ", declared)})", detail, StringComparison.Ordinal);
        }
    }

    [Fact]
    public async Task Given_each_declared_json_body_property_When_sent_Then_the_route_knows_it_and_an_undeclared_one_is_refused()
    {
        var document = await DocumentAsync();
        var schemas = document.GetProperty("components").GetProperty("schemas");

        foreach (var (path, method, operation) in Operations(document).Where(o => o.Method == "POST"))
        {
            var schema = operation.GetProperty("requestBody").GetProperty("content").GetProperty("application/json").GetProperty("schema");
            if (schema.TryGetProperty("$ref", out var reference))
            {
                schema = schemas.GetProperty(reference.GetString()!.Split('/')[^1]);
            }

            var properties = schema.GetProperty("properties").EnumerateObject().ToList();
            Assert.Contains(properties, p => p.Name == "text");
            foreach (var property in properties)
            {
                Assert.False(string.IsNullOrWhiteSpace(property.Value.GetProperty("description").GetString()), $"{path} {property.Name}: no description");

                var (_, detail) = await SendAsync(method, path, body: $"{{\"{property.Name}\":null}}");

                Assert.DoesNotContain("could not be mapped", detail, StringComparison.Ordinal);
            }

            var (status, refused) = await SendAsync(method, path, body: $"{{\"{Probe}\":null}}");
            Assert.Equal(HttpStatusCode.BadRequest, status);
            Assert.Contains($"'{Probe}' could not be mapped", refused, StringComparison.Ordinal);
        }
    }
}
