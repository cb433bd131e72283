using System.Text.RegularExpressions;

namespace Lantern.Web.Internal;

/// <summary>
/// Puts the blocks the pages share (<c>wwwroot/partials/*.html</c>: head links, the header's navigation, the footer)
/// into each page once, when the assets are loaded: a line <c>&lt;!-- include NAME --&gt;</c> becomes the partial, and
/// <c>&lt;!-- include nav /corpus --&gt;</c> also marks that link <c>aria-current="page"</c>. Done on the server because
/// the strict CSP rules out inline script and the pages use no CDN; a client-side include would also leave the page
/// without navigation until a script ran. An unknown partial or link fails at start-up, never at a visitor.
/// </summary>
internal static partial class PageIncludes
{
    public const string Folder = "partials/";

    public static string Compose(string pageName, string page, IReadOnlyDictionary<string, string> partials)
    {
        var composed = Marker().Replace(page, match =>
        {
            var name = match.Groups["name"].Value;
            if (!partials.TryGetValue(name, out var partial))
            {
                throw new InvalidOperationException($"{pageName}: no partial {Folder}{name}.html for '{match.Value.Trim()}'");
            }

            if (match.Groups["current"].Success)
            {
                var href = $"href=\"{match.Groups["current"].Value}\"";
                if (!partial.Contains(href, StringComparison.Ordinal))
                {
                    throw new InvalidOperationException($"{pageName}: {Folder}{name}.html has no link {href} to mark as the current page");
                }

                partial = partial.Replace(href, href + " aria-current=\"page\"", StringComparison.Ordinal);
            }

            return partial;
        });
        return composed.Contains("<!-- include", StringComparison.Ordinal)
            ? throw new InvalidOperationException($"{pageName}: an include marker is not on a line of its own or is malformed")
            : composed;
    }

    [GeneratedRegex(@"^[ \t]*<!-- include (?<name>[a-z]+)(?: (?<current>/[a-z]*))? -->\r?\n", RegexOptions.Multiline)]
    private static partial Regex Marker();
}
