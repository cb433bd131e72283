using System.Globalization;
using AngleSharp.Dom;
using AngleSharp.Html.Parser;
using Lantern.Articles;
using Lantern.Languages;
using Lantern.Reading.Internal;
using Lantern.Text;

namespace Lantern.Reading;

/// <summary>
/// Reads a web page (UTF-8 HTML) as an article. <see cref="Article.Text"/> is the extracted main text,
/// laid out like a SemEval file: the title on the first line, then one block (paragraph, heading,
/// list item, quote) per line with a blank line between blocks, whitespace collapsed inside each.
/// Scripts, styles, menus, forms, share bars, ads, comments and similar furniture are left out.
/// Title, author, date and URL come from meta tags and schema.org JSON-LD. Thread-safe.
/// </summary>
public static class HtmlArticleReader
{
    public const string FormatName = "html";

    /// <summary>Nesting deeper than this is flattened before parsing (with a warning); the text is kept.</summary>
    public const int MaxNestingDepth = HtmlDepthGuard.MaxDepth;

    private static readonly HtmlParserOptions ParserOptions = new()
    {
        IsScripting = false,
        SkipComments = true,
        DisableElementPositionTracking = true,
    };

    public static Article ReadFile(string path, ReadOptions? options = null, string? id = null, CancellationToken cancellationToken = default)
    {
        var decoded = Utf8Input.ReadFile(path, options ?? ReadOptions.Default, cancellationToken);
        return FromDecoded(decoded, path, id ?? ArticleIds.FromName(path), cancellationToken);
    }

    public static Article Read(Stream stream, string name, ReadOptions? options = null, string? id = null, CancellationToken cancellationToken = default)
    {
        var decoded = Utf8Input.ReadStream(stream, name, options ?? ReadOptions.Default, cancellationToken);
        return FromDecoded(decoded, name, id ?? ArticleIds.FromName(name), cancellationToken);
    }

    /// <summary>Reads HTML already in memory; <paramref name="name"/> names it in errors.</summary>
    public static Article FromHtml(string html, string id, string name = "html", CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(html);
        if (string.IsNullOrWhiteSpace(html))
        {
            throw Errors.LanternErrors.EmptyInput(name);
        }

        return FromDecoded(new DecodedText(html, [], false), name, id, cancellationToken);
    }

    private static Article FromDecoded(DecodedText decoded, string name, string id, CancellationToken cancellationToken)
    {
        var warnings = new List<string>(decoded.Warnings);
        var html = HtmlDepthGuard.Limit(decoded.Text, MaxNestingDepth, out var cut);
        if (cut)
        {
            warnings.Add($"HTML nested deeper than {MaxNestingDepth} elements: the deeper tags were ignored (their text is kept)");
        }

        cancellationToken.ThrowIfCancellationRequested();
        using var document = new HtmlParser(ParserOptions).ParseDocument(html);
        cancellationToken.ThrowIfCancellationRequested();
        var meta = ReadMetadata(document);
        var root = HtmlContent.ChooseRoot(document);
        var extraction = HtmlContent.Extract(root);

        var text = extraction.Text;
        if (string.IsNullOrWhiteSpace(text))
        {
            // A title alone is no article.
            throw Errors.LanternErrors.NoArticleText(name);
        }

        var h1 = extraction.H1Blocks.Count > 0 && extraction.H1Blocks[0] < 3 ? extraction.Blocks[extraction.H1Blocks[0]] : (TextSpan?)null;
        var title = Clean(meta.First("og:title", "twitter:title"))
            ?? h1?.Of(text)
            ?? meta.FirstH1
            ?? Clean(meta.LdHeadline)
            ?? Clean(meta.TitleElement);
        TextSpan? titleSpan = null;
        TextSpan? bodySpan = null;
        var titleBlock = h1 ?? extraction.Blocks.Take(3).Cast<TextSpan?>().FirstOrDefault(b => title is not null && b!.Value.Of(text) == title);
        if (titleBlock is { } found)
        {
            titleSpan = found;
            bodySpan = TextSpan.FromBounds(Math.Min(found.End + 2, text.Length), text.Length);
        }
        else if (title is not null)
        {
            // The headline sits outside the content block: put it on line 1, as SemEval files have it.
            text = title + "\n\n" + text;
            titleSpan = new TextSpan(0, title.Length);
            bodySpan = TextSpan.FromBounds(Math.Min(title.Length + 2, text.Length), text.Length);
        }

        return new Article
        {
            Id = id,
            Text = text,
            Title = title ?? titleSpan?.Of(text),
            TitleSpan = titleSpan,
            BodySpan = bodySpan,
            Source = Clean(meta.First("og:site_name", "application-name")) ?? Clean(meta.LdPublisher),
            Url = Clean(meta.Canonical) ?? Clean(meta.First("og:url")) ?? Clean(meta.LdUrl),
            Published = Date(meta.LdPublished)
                ?? Date(meta.First("article:published_time", "og:article:published_time", "og:published_time", "published_time",
                    "datepublished", "parsely-pub-date", "sailthru.date", "dc.date.issued", "dc.date", "dcterms.date",
                    "dcterms.created", "date", "pubdate", "publishdate", "publish-date", "article.published"))
                ?? Date(meta.TimePublished),
            Language = Language(meta.HtmlLang) ?? Language(meta.First("og:locale", "content-language", "language")) ?? Language(meta.LdLanguage),
            Author = Clean(meta.LdAuthor) ?? Author(meta),
            Format = FormatName,
            Warnings = warnings,
            HasByteOrderMark = decoded.HadByteOrderMark,
        };
    }

    private static HtmlMetadata ReadMetadata(IDocument document)
    {
        var meta = new HtmlMetadata { HtmlLang = document.DocumentElement?.GetAttribute("lang") };
        HtmlWalk.Walk(
            document,
            node =>
            {
                if (node is not IElement element)
                {
                    return false;
                }

                switch (element.LocalName)
                {
                    case "meta":
                        var key = element.GetAttribute("property") ?? element.GetAttribute("name") ?? element.GetAttribute("itemprop")
                            ?? element.GetAttribute("http-equiv");
                        var content = element.GetAttribute("content");
                        if (key is not null && !string.IsNullOrWhiteSpace(content))
                        {
                            meta.Meta.TryAdd(key.Trim().ToLowerInvariant(), content.Trim());
                        }

                        return false;
                    case "link":
                        if (element.GetAttribute("rel")?.Split(' ').Contains("canonical", StringComparer.OrdinalIgnoreCase) == true)
                        {
                            meta.Canonical ??= element.GetAttribute("href");
                        }

                        return false;
                    case "script":
                        if (string.Equals(element.GetAttribute("type")?.Trim(), "application/ld+json", StringComparison.OrdinalIgnoreCase))
                        {
                            JsonLd.Read(element.TextContent, meta);
                        }

                        return false;
                    case "title":
                        meta.TitleElement ??= HtmlWalk.CollapsedText(element);
                        return false;
                    case "h1" when meta.FirstH1 is null && !HtmlBoilerplate.IsDropped(element):
                        meta.FirstH1 = Clean(HtmlWalk.CollapsedText(element));
                        return false;
                    case "time" when element.GetAttribute("itemprop") == "datePublished" || element.HasAttribute("pubdate"):
                        meta.TimePublished ??= element.GetAttribute("datetime");
                        return true;
                    case "style" or "template":
                        return false;
                    default:
                        return true;
                }
            },
            _ => { });
        return meta;
    }

    private static string? Author(HtmlMetadata meta)
    {
        foreach (var key in new[] { "author", "article:author", "og:article:author", "parsely-author", "sailthru.author", "dc.creator", "dcterms.creator", "byl" })
        {
            var value = Clean(meta.First(key));
            if (value is null || value.StartsWith("http://", StringComparison.OrdinalIgnoreCase) || value.StartsWith("https://", StringComparison.OrdinalIgnoreCase))
            {
                continue;
            }

            return value.StartsWith("By ", StringComparison.OrdinalIgnoreCase) ? value[3..].Trim() : value;
        }

        return null;
    }

    private static DateTimeOffset? Date(string? value) =>
        value is not null && DateTimeOffset.TryParse(value.Trim(), CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal, out var date)
            ? date
            : null;

    private static string? Language(string? code)
    {
        if (string.IsNullOrWhiteSpace(code))
        {
            return null;
        }

        var normalized = LanguageCodes.Normalize(code);
        return normalized.Length is 2 or 3 && normalized.All(char.IsAsciiLetterLower) ? normalized : null;
    }

    private static string? Clean(string? value)
    {
        if (string.IsNullOrWhiteSpace(value))
        {
            return null;
        }

        var builder = new CollapsedTextBuilder();
        builder.Append(value);
        return builder.ToString();
    }
}
