using Lantern.Articles;
using Lantern.Web.Api;

namespace Lantern.Web.Internal;

/// <summary>
/// A request body parsed by <see cref="RequestArticles.Parse"/>: the <see cref="Article"/> it holds, or, for JSON that
/// names only a URL, the <see cref="FetchRequest"/> still to be fetched (its title already trimmed).
/// </summary>
internal sealed record ParsedBody(Article? Article, AnalyzeRequest? FetchRequest);
