using Microsoft.AspNetCore.Http;

namespace Lantern.Web.Internal;

/// <summary>
/// The endpoint filter that refuses a query parameter its route does not declare (<see cref="DeclaredQuery"/>), or one
/// given twice, with a 400 problem naming it, before the handler runs. Routes without the metadata are left alone.
/// </summary>
internal static class QueryCheck
{
    public static ValueTask<object?> Filter(EndpointFilterInvocationContext context, EndpointFilterDelegate next)
    {
        if (context.HttpContext.GetEndpoint()?.Metadata.GetMetadata<DeclaredQuery>() is { } declared)
        {
            CorpusQuery.AllowOnly(context.HttpContext.Request.Query, [.. declared.Names]);
        }

        return next(context);
    }
}
