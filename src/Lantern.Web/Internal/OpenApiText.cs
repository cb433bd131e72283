using System.Globalization;
using System.Text.Json.Nodes;
using Microsoft.AspNetCore.OpenApi;
using Microsoft.OpenApi;

namespace Lantern.Web.Internal;

/// <summary>
/// Adds to the OpenAPI document what minimal APIs cannot see because the handlers read it by hand: the query
/// parameters of <see cref="DeclaredQuery"/> and the request body of <see cref="DeclaredBody"/> (JSON, or the article
/// itself as text/plain or text/html). Accepts metadata would also make routing refuse other content types before the
/// handler can answer with its own 415 problem, so the body is declared here instead.
/// </summary>
internal static class OpenApiText
{
    public static async Task Transform(OpenApiOperation operation, OpenApiOperationTransformerContext context, CancellationToken cancellationToken)
    {
        var metadata = context.Description.ActionDescriptor.EndpointMetadata;
        if (metadata.OfType<DeclaredQuery>().LastOrDefault() is { Parameters.Count: > 0 } query)
        {
            operation.Parameters ??= [];
            foreach (var parameter in query.Parameters)
            {
                operation.Parameters.Add(Parameter(parameter));
            }
        }

        if (metadata.OfType<DeclaredBody>().LastOrDefault() is { } declared)
        {
            var body = new OpenApiRequestBody { Required = true, Content = new Dictionary<string, OpenApiMediaType>() };
            foreach (var type in declared.MediaTypes)
            {
                body.Content[type] = type == "application/json"
                    ? new OpenApiMediaType { Schema = await context.GetOrCreateSchemaAsync(declared.JsonType, cancellationToken: cancellationToken) }
                    : new OpenApiMediaType { Schema = new OpenApiSchema { Type = JsonSchemaType.String, Description = declared.TextDescription } };
            }

            operation.RequestBody = body;
        }
    }

    private static OpenApiParameter Parameter(QueryParameter parameter)
    {
        var schema = new OpenApiSchema
        {
            Type = parameter.Type switch
            {
                "integer" => JsonSchemaType.Integer,
                "number" => JsonSchemaType.Number,
                _ => JsonSchemaType.String,
            },
            Format = parameter.Format,
            Minimum = Number(parameter.Minimum),
            Maximum = Number(parameter.Maximum),
        };
        if (parameter.Values.Count > 0)
        {
            schema.Enum = [.. parameter.Values.Select(v => (JsonNode)JsonValue.Create(v))];
        }

        return new OpenApiParameter
        {
            Name = parameter.Name,
            In = ParameterLocation.Query,
            Required = parameter.Required,
            Description = parameter.Description,
            Schema = schema,
        };
    }

    private static string? Number(double? value) => value?.ToString(CultureInfo.InvariantCulture);
}
