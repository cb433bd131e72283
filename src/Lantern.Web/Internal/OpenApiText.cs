using Microsoft.AspNetCore.OpenApi;
using Microsoft.OpenApi;

namespace Lantern.Web.Internal;

/// <summary>
/// Declares in the OpenAPI document that <c>POST /api/analyze</c> also takes the article itself as text/plain or
/// text/html (a string body), which minimal-API metadata cannot say beside the JSON body.
/// </summary>
internal static class OpenApiText
{
    public static Task Transform(OpenApiOperation operation, OpenApiOperationTransformerContext context, CancellationToken cancellationToken)
    {
        if (operation.OperationId != "Analyze" || operation.RequestBody is not OpenApiRequestBody body)
        {
            return Task.CompletedTask;
        }

        body.Required = true;
        body.Content ??= new Dictionary<string, OpenApiMediaType>();
        foreach (var type in new[] { "text/plain", "text/html" })
        {
            body.Content[type] = new OpenApiMediaType { Schema = new OpenApiSchema { Type = JsonSchemaType.String, Description = "The article (UTF-8)." } };
        }

        return Task.CompletedTask;
    }
}
