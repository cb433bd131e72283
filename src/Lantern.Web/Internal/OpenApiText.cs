using Microsoft.AspNetCore.OpenApi;
using Microsoft.OpenApi;

namespace Lantern.Web.Internal;

/// <summary>
/// Declares the request body of <c>POST /api/analyze</c> in the OpenAPI document: JSON <see cref="Api.AnalyzeRequest"/>,
/// or the article itself as text/plain or text/html. (Accepts metadata would also make routing refuse other content
/// types before the handler can answer with its own 415 problem.)
/// </summary>
internal static class OpenApiText
{
    public static async Task Transform(OpenApiOperation operation, OpenApiOperationTransformerContext context, CancellationToken cancellationToken)
    {
        if (operation.OperationId != "Analyze")
        {
            return;
        }

        var body = new OpenApiRequestBody { Required = true, Content = new Dictionary<string, OpenApiMediaType>() };
        body.Content["application/json"] = new OpenApiMediaType
        {
            Schema = await context.GetOrCreateSchemaAsync(typeof(Api.AnalyzeRequest), cancellationToken: cancellationToken),
        };
        foreach (var type in new[] { "text/plain", "text/html" })
        {
            body.Content[type] = new OpenApiMediaType { Schema = new OpenApiSchema { Type = JsonSchemaType.String, Description = "The article (UTF-8)." } };
        }

        operation.RequestBody = body;
    }
}
