using System.Text.RegularExpressions;
using Lantern.Errors;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Logging;

namespace Lantern.Web.Internal;

/// <summary>Writes any failure of a request as RFC 7807 problem JSON with one clear line in <c>detail</c>; never a stack trace.</summary>
internal static partial class Problems
{
    public static async Task WriteAsync(HttpContext context, Exception error, ILogger logger)
    {
        if (error is OperationCanceledException && context.RequestAborted.IsCancellationRequested)
        {
            return; // the client went away: nobody to answer
        }

        var (status, title, detail) = Classify(error);
        if (status >= 500)
        {
            logger.LogError(error, "request {Path} failed", context.Request.Path);
        }

        context.Response.Clear();
        await Results.Problem(detail: detail, statusCode: status, title: title, instance: context.Request.Path).ExecuteAsync(context);
    }

    internal static (int Status, string Title, string Detail) Classify(Exception error) => error switch
    {
        ApiProblemException p => (p.Status, p.Title, ForApi(p.Message)),
        InputRejectedException => (StatusCodes.Status400BadRequest, "Input rejected", ForApi(error.Message)),
        UsageException => (StatusCodes.Status400BadRequest, "Bad request", ForApi(error.Message)),
        BadHttpRequestException { StatusCode: StatusCodes.Status413PayloadTooLarge } =>
            (StatusCodes.Status413PayloadTooLarge, "Payload too large", "request body: over this server's limit"),
        BadHttpRequestException b => (b.StatusCode, "Bad request", OneLine(b.Message)),
        ModelException => (StatusCodes.Status500InternalServerError, "Model error", OneLine(error.Message)),
        _ => (StatusCodes.Status500InternalServerError, "Internal error", $"internal error ({error.GetType().Name}); see the server log"),
    };

    /// <summary>
    /// The message without the CLI's hints about its own options (<c>--lenient</c>, <c>--max-bytes</c>), which
    /// mean nothing to a visitor of the API; server options such as <c>--allow-private-urls</c> stay.
    /// </summary>
    internal static string ForApi(string message) => CliHint().Replace(OneLine(message), string.Empty);

    private static string OneLine(string message) =>
        string.Join(' ', message.ReplaceLineEndings("\n").Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries));

    [GeneratedRegex(@"\s*\((?:use --lenient|raise it with --max-bytes)[^()]*\)")]
    private static partial Regex CliHint();
}
