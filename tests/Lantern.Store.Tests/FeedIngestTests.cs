using System.Net;
using System.Net.Sockets;
using System.Text;

namespace Lantern.Store.Tests;

/// <summary><c>lantern ingest --feed</c> against RSS and Atom feeds served by a local HTTP server.</summary>
public sealed class FeedIngestTests
{
    [Theory]
    [MemberData(nameof(TestStore.Kinds), MemberType = typeof(TestStore))]
    public async Task Given_an_rss_feed_an_atom_feed_and_a_broken_feed_When_ingested_Then_good_items_are_stored_and_failures_reported(string kind)
    {
        await using var test = await TestStore.CreateAsync(kind);
        using var server = new FeedServer();
        var rss = $"""
            <?xml version="1.0" encoding="utf-8"?>
            <rss version="2.0"><channel><title>Local news</title><link>{server.Root}</link><description>d</description>
              <item><title>Budget vote in Alderbrook</title><link>{server.Root}a1.html</link><pubDate>Tue, 03 Feb 2026 09:00:00 GMT</pubDate></item>
              <item><title>Budget vote in Bexmoor</title><link>{server.Root}a2.html</link><pubDate>Wed, 04 Feb 2026 09:00:00 GMT</pubDate></item>
              <item><title>Gone</title><link>{server.Root}missing.html</link></item>
            </channel></rss>
            """;
        var atom = $"""
            <?xml version="1.0" encoding="utf-8"?>
            <feed xmlns="http://www.w3.org/2005/Atom"><title>Atom news</title><id>urn:x</id><updated>2026-02-05T00:00:00Z</updated>
              <entry><title>Budget vote in Calder Falls</title><id>urn:y</id><updated>2026-02-05T10:00:00Z</updated><link href="{server.Root}a3.html"/></entry>
            </feed>
            """;
        server.Serve("/rss.xml", rss, "application/rss+xml");
        server.Serve("/atom.xml", atom, "application/atom+xml");
        server.Serve("/broken.xml", "<rss><channel><item><title>unclosed", "application/rss+xml");
        for (var i = 1; i <= 3; i++)
        {
            var paragraphs = string.Concat(Fixtures.Article(20 + i).Split("\n\n").Skip(1).Select(p => $"<p>{p}</p>"));
            server.Serve($"/a{i}.html", $"<html><head><title>Story {i}</title></head><body><article><h1>Story {i}</h1>{paragraphs}</article></body></html>", "text/html");
        }

        string[] args = ["ingest", "--db", test.Db, "--feed", server.Root + "rss.xml", "--feed", server.Root + "atom.xml", "--feed", server.Root + "broken.xml"];
        var first = Cli.Run(args);
        var second = Cli.Run(args);

        Assert.True(first.Code == 0, first.Err);
        Assert.Contains("ingest: 3 new (0 queued for workers), 0 duplicate, 2 rejected", first.Out, StringComparison.Ordinal);
        Assert.Contains("missing.html: HTTP 404", first.Out, StringComparison.Ordinal);
        Assert.Contains("broken.xml: cannot read the feed", first.Out, StringComparison.Ordinal);
        Assert.Contains("ingest: 0 new (0 queued for workers), 3 duplicate, 2 rejected", second.Out, StringComparison.Ordinal);
        Assert.Equal(3, await test.ScalarAsync("SELECT COUNT(*) FROM analyses"));
        Assert.Equal(3, await test.ScalarAsync("SELECT COUNT(*) FROM articles WHERE source = '127.0.0.1' AND url LIKE 'http://127.0.0.1:%/a_.html'"));
        Assert.Equal(3, await test.ScalarAsync("SELECT COUNT(*) FROM articles WHERE month = '2026-02'"));
    }

    // Found by fuzzing (fuzz/findings/feed/): SyndicationItem parses dates only when read and threw XmlException out of
    // the whole feed for one malformed date; and a link holding a newline made a rejection two lines long.
    [Fact]
    public async Task Given_a_feed_with_a_malformed_date_and_a_link_with_a_newline_When_read_Then_the_dated_item_is_kept_undated_and_the_other_rejected_on_one_line()
    {
        using var server = new FeedServer();
        var rss = $"""
            <?xml version="1.0" encoding="utf-8"?>
            <rss version="2.0"><channel><title>Local news</title><link>{server.Root}</link><description>d</description>
              <item><title>Bad date</title><description>&lt;p&gt;The ferry timetable changes next week.&lt;/p&gt;</description><pubDate>Tue, 99 Foo 2026</pubDate></item>
              <item><title>Odd link</title><link>{server.Root}gone&#10;away.html</link></item>
            </channel></rss>
            """;
        var atom = """
            <?xml version="1.0" encoding="utf-8"?>
            <feed xmlns="http://www.w3.org/2005/Atom"><title>A</title><id>urn:x</id><updated>2026-02-05T00:00:00Z</updated>
              <entry><title>E</title><id>urn:e</id><updated>2026-02-0]T10:00:00Z</updated><content type="html">&lt;p&gt;Atom entry text here.&lt;/p&gt;</content></entry>
            </feed>
            """;
        server.Serve("/rss.xml", rss, "application/rss+xml");
        server.Serve("/atom.xml", atom, "application/atom+xml");
        using var http = new HttpClient();
        var source = new Ingest.FeedSource(http);

        var items = new List<Ingest.IngestItem>();
        foreach (var feed in new[] { "rss.xml", "atom.xml" })
        {
            await foreach (var item in source.ReadAsync(new Uri(server.Root + feed)))
            {
                items.Add(item);
            }
        }

        Assert.Equal(3, items.Count);
        Assert.Contains("The ferry timetable changes next week.", items[0].Article!.Text, StringComparison.Ordinal);
        Assert.Null(items[0].Article!.Published);
        Assert.Null(items[1].Article);
        Assert.Equal($"{server.Root}gone%0Aaway.html: HTTP 404 Not Found", items[1].Rejection);
        Assert.Contains("Atom entry text here.", items[2].Article!.Text, StringComparison.Ordinal);
        Assert.Null(items[2].Article!.Published);
    }

    [Theory]
    [MemberData(nameof(TestStore.Kinds), MemberType = typeof(TestStore))]
    public async Task Given_feeds_with_entity_expansion_and_an_external_entity_When_ingested_Then_both_are_refused_unexpanded_and_nothing_is_stored(string kind)
    {
        await using var test = await TestStore.CreateAsync(kind);
        using var server = new FeedServer();
        var secret = test.File("secret.txt", "the secret word is marmalade");

        // Billion laughs: ten levels of ten references, a gigabyte of "lol" once expanded.
        var entities = new System.Text.StringBuilder("<!ENTITY lol0 \"lol\">");
        for (var i = 1; i < 10; i++)
        {
            entities.Append($"<!ENTITY lol{i} \"{string.Concat(Enumerable.Repeat($"&lol{i - 1};", 10))}\">");
        }

        server.Serve("/laughs.xml", $"""
            <?xml version="1.0"?>
            <!DOCTYPE rss [{entities}]>
            <rss version="2.0"><channel><title>&lol9;</title><item><title>&lol9;</title><link>{server.Root}a.html</link></item></channel></rss>
            """, "application/rss+xml");
        server.Serve("/xxe.xml", $"""
            <?xml version="1.0"?>
            <!DOCTYPE rss [<!ENTITY secret SYSTEM "file://{secret}">]>
            <rss version="2.0"><channel><title>&secret;</title><item><title>&secret;</title><link>{server.Root}a.html</link></item></channel></rss>
            """, "application/rss+xml");
        server.Serve("/a.html", "<html><body><article><p>" + Fixtures.Article(60).Replace("\n\n", "</p><p>", StringComparison.Ordinal) + "</p></article></body></html>", "text/html");

        var (code, output, err) = Cli.Run("ingest", "--db", test.Db, "--feed", server.Root + "laughs.xml", "--feed", server.Root + "xxe.xml");

        Assert.True(code == 2, $"exit {code}: {output}{err}");
        Assert.Contains("ingest: 0 new (0 queued for workers), 0 duplicate, 2 rejected", output, StringComparison.Ordinal);
        var rejected = output.Split('\n').Where(l => l.StartsWith("rejected: ", StringComparison.Ordinal)).ToList();
        Assert.Contains(rejected, l => l.Contains("laughs.xml: cannot read the feed", StringComparison.Ordinal));
        Assert.Contains(rejected, l => l.Contains("xxe.xml: cannot read the feed", StringComparison.Ordinal));
        Assert.DoesNotContain("marmalade", output + err, StringComparison.Ordinal);
        Assert.DoesNotContain("lollol", output + err, StringComparison.Ordinal);
        Assert.Equal(0, await test.ScalarAsync("SELECT COUNT(*) FROM articles"));
    }

    /// <summary>A tiny HTTP server on 127.0.0.1 and a free port, serving fixed documents; anything else is 404.</summary>
    private sealed class FeedServer : IDisposable
    {
        private readonly HttpListener listener = new();
        private readonly Dictionary<string, (string Body, string Type)> documents = new(StringComparer.Ordinal);
        private readonly Task loop;

        public FeedServer()
        {
            var probe = new TcpListener(IPAddress.Loopback, 0);
            probe.Start();
            var port = ((IPEndPoint)probe.LocalEndpoint).Port;
            probe.Stop();
            Root = $"http://127.0.0.1:{port}/";
            listener.Prefixes.Add(Root);
            listener.Start();
            loop = Task.Run(ServeAsync);
        }

        public string Root { get; }

        public void Serve(string path, string body, string type)
        {
            lock (documents)
            {
                documents[path] = (body, type);
            }
        }

        public void Dispose()
        {
            listener.Stop();
            listener.Close();
            loop.Wait(TimeSpan.FromSeconds(5));
        }

        private async Task ServeAsync()
        {
            while (listener.IsListening)
            {
                HttpListenerContext context;
                try
                {
                    context = await listener.GetContextAsync();
                }
                catch (Exception e) when (e is HttpListenerException or ObjectDisposedException or InvalidOperationException)
                {
                    return;
                }

                (string Body, string Type) document;
                bool found;
                lock (documents)
                {
                    found = documents.TryGetValue(context.Request.Url!.AbsolutePath, out document);
                }

                var bytes = Encoding.UTF8.GetBytes(found ? document.Body : "not here");
                context.Response.StatusCode = found ? 200 : 404;
                context.Response.ContentType = found ? document.Type + "; charset=utf-8" : "text/plain";
                await context.Response.OutputStream.WriteAsync(bytes);
                context.Response.Close();
            }
        }
    }
}
