using System.Net;
using System.Runtime.CompilerServices;
using System.ServiceModel.Syndication;
using System.Xml;
using Lantern.Articles;
using Lantern.Reading;

namespace Lantern.Store.Ingest;

/// <summary>
/// Reads an RSS 2.0 or Atom 1.0 feed and fetches each item's page (HTML, read by the HTML reader), with a time-out
/// and a size cap on every request. The article's title and date come from the feed item when it has them, its
/// source from the page's host. A broken feed, or an item whose page cannot be fetched or read, becomes a
/// rejected item; the other items go on.
/// </summary>
public sealed class FeedSource(HttpClient http, FeedOptions? options = null)
{
    private readonly FeedOptions options = options ?? FeedOptions.Default;

    public async IAsyncEnumerable<IngestItem> ReadAsync(Uri feed, [EnumeratorCancellation] CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(feed);
        var name = feed.ToString();
        SyndicationFeed? parsed = null;
        string? failure = null;
        try
        {
            var bytes = await FetchAsync(feed, cancellationToken);
            using var reader = XmlReader.Create(new MemoryStream(bytes), new XmlReaderSettings { DtdProcessing = DtdProcessing.Prohibit, XmlResolver = null });
            parsed = SyndicationFeed.Load(reader);
        }
        catch (Exception e) when (!cancellationToken.IsCancellationRequested &&
            e is HttpRequestException or XmlException or IOException or TaskCanceledException or FeedFetchException
                or NotSupportedException or FormatException or InvalidOperationException or ArgumentException)
        {
            failure = e is TaskCanceledException ? $"no answer within {options.Timeout.TotalSeconds:0} s" : OneLine(e.Message);
        }

        if (parsed is null)
        {
            yield return IngestItem.Rejected(name, Errors.LanternErrors.FeedUnreadable(name, failure ?? "empty").Message);
            yield break;
        }

        var index = 0;
        foreach (var item in parsed.Items.Take(options.MaxItems))
        {
            index++;
            yield return await ItemAsync(feed, item, index, cancellationToken);
        }
    }

    private async Task<IngestItem> ItemAsync(Uri feed, SyndicationItem item, int index, CancellationToken cancellationToken)
    {
        var link = item.Links.FirstOrDefault(l => l.RelationshipType is null or "alternate")?.GetAbsoluteUri()
            ?? (Uri.TryCreate(item.Id, UriKind.Absolute, out var idUri) && idUri.Scheme.StartsWith("http", StringComparison.Ordinal) ? idUri : null);
        if (link is not null && !link.IsAbsoluteUri)
        {
            link = new Uri(feed, link);
        }

        // AbsoluteUri, not ToString(): ToString() unescapes, so a newline in a link would break the one-line rejection.
        var name = link?.AbsoluteUri ?? $"{feed} item {index}";

        try
        {
            Article article;
            if (link is not null)
            {
                var page = await FetchAsync(link, cancellationToken);
                article = HtmlArticleReader.Read(new MemoryStream(page), name, new ReadOptions { MaxBytes = options.MaxBytes, Lenient = true }, id: name, cancellationToken);
            }
            else if (((item.Content as TextSyndicationContent)?.Text ?? item.Summary?.Text) is { Length: > 0 } html)
            {
                article = HtmlArticleReader.FromHtml(html, name, name, cancellationToken);
            }
            else
            {
                return IngestItem.Rejected(name, $"{name}: the feed item has neither a link nor content");
            }

            var published = DateOf(() => item.PublishDate) ?? DateOf(() => item.LastUpdatedTime);
            return IngestItem.Of(name, article with
            {
                Url = link?.AbsoluteUri ?? article.Url,
                Title = article.Title ?? item.Title?.Text,
                Published = article.Published ?? published,
                Source = article.Source ?? HostOf(link ?? feed),
                Format = "feed",
            });
        }
        catch (Exception e) when (!cancellationToken.IsCancellationRequested &&
            e is HttpRequestException or IOException or TaskCanceledException or FeedFetchException or Errors.InputRejectedException)
        {
            var why = e is TaskCanceledException ? $"no answer within {options.Timeout.TotalSeconds:0} s" : OneLine(e.Message);
            return IngestItem.Rejected(name, why.StartsWith(name, StringComparison.Ordinal) ? why : $"{name}: {why}");
        }
    }

    /// <summary>The host a source is named by: lower case, without a leading <c>www.</c>.</summary>
    public static string HostOf(Uri uri)
    {
        var host = uri.Host.ToLowerInvariant();
        return host.StartsWith("www.", StringComparison.Ordinal) ? host[4..] : host;
    }

    // SyndicationItem parses its dates only when asked, and a malformed one throws XmlException from the getter: a bad
    // date in one item is no date, not a failed ingest (found by fuzzing, fuzz/findings/feed/bad-date-*.xml).
    private static DateTimeOffset? DateOf(Func<DateTimeOffset> read)
    {
        try
        {
            var date = read();
            return date == default ? null : date;
        }
        catch (XmlException)
        {
            return null;
        }
    }

    private async Task<byte[]> FetchAsync(Uri uri, CancellationToken cancellationToken)
    {
        using var timeout = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        timeout.CancelAfter(options.Timeout);
        using var response = await http.GetAsync(uri, HttpCompletionOption.ResponseHeadersRead, timeout.Token);
        if (response.StatusCode != HttpStatusCode.OK)
        {
            throw new FeedFetchException($"HTTP {(int)response.StatusCode} {response.ReasonPhrase}");
        }

        if (response.Content.Headers.ContentLength is { } length && length > options.MaxBytes)
        {
            throw new FeedFetchException($"{length} bytes is over the limit of {options.MaxBytes} bytes");
        }

        await using var stream = await response.Content.ReadAsStreamAsync(timeout.Token);
        using var buffer = new MemoryStream();
        var chunk = new byte[81920];
        int read;
        while ((read = await stream.ReadAsync(chunk, timeout.Token)) > 0)
        {
            if (buffer.Length + read > options.MaxBytes)
            {
                throw new FeedFetchException($"more than {options.MaxBytes} bytes, over the limit");
            }

            buffer.Write(chunk, 0, read);
        }

        return buffer.ToArray();
    }

    private static string OneLine(string message) => message.ReplaceLineEndings(" ").Trim();
}
