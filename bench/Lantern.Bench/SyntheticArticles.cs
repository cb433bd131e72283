using System.Text;

namespace Lantern.Bench;

/// <summary>Deterministic synthetic inputs (our own sentences, no corpus text) of about 5 MB each.</summary>
public static class SyntheticArticles
{
    public const int TargetBytes = 5 * 1024 * 1024;

    private static readonly string[] Sentences =
    [
        "The council met on Tuesday to discuss the new bridge over the river.",
        "Residents said the old crossing had been unsafe for years.",
        "A spokesperson for the mayor declined to comment on the budget.",
        "Critics called the plan a reckless waste of public money!",
        "Supporters argue that the project will create hundreds of jobs.",
        "\"We have waited long enough,\" said a shop owner near the harbour.",
        "The report, published last week, lists twelve options.",
        "Nobody can seriously believe that this is the only way forward.",
        "Prices for building materials rose by 14 % over the past year.",
        "Les habitants ont manifesté devant la mairie samedi matin.",
        "Die Bauarbeiten sollen im Frühjahr beginnen, hieß es.",
        "Il sindaco ha promesso una decisione entro la fine del mese.",
        "Mieszkańcy zebrali ponad tysiąc podpisów pod petycją.",
        "Жители района требуют провести общественные слушания.",
        "Engineers warned that the foundations need urgent repair 🚧.",
        "Is this really what the voters asked for?",
        "The opposition described the vote as a betrayal of every promise made.",
        "Traffic will be diverted through the town centre during the works.",
    ];

    private static readonly Lazy<byte[]> PlainLazy = new(() => Encoding.UTF8.GetBytes(BuildPlain()));
    private static readonly Lazy<byte[]> HtmlLazy = new(() => Encoding.UTF8.GetBytes(BuildHtml()));

    public static byte[] Plain => PlainLazy.Value;

    public static byte[] Html => HtmlLazy.Value;

    private static string Paragraph(Random random)
    {
        var count = random.Next(2, 7);
        var builder = new StringBuilder();
        for (var i = 0; i < count; i++)
        {
            if (i > 0)
            {
                builder.Append(' ');
            }

            builder.Append(Sentences[random.Next(Sentences.Length)]);
        }

        return builder.ToString();
    }

    private static string BuildPlain()
    {
        var random = new Random(42);
        var builder = new StringBuilder("Council approves the new bridge after a long debate\n\n");
        while (Encoding.UTF8.GetByteCount(builder.ToString()) < TargetBytes)
        {
            for (var i = 0; i < 1000; i++)
            {
                builder.Append(Paragraph(random)).Append('\n');
                if (random.Next(3) == 0)
                {
                    builder.Append('\n');
                }
            }
        }

        return builder.ToString();
    }

    private static string BuildHtml()
    {
        var random = new Random(42);
        var builder = new StringBuilder("""
            <!DOCTYPE html><html lang="en"><head><meta charset="utf-8"><title>Bridge | Gazette</title>
            <meta property="og:title" content="Council approves the new bridge">
            <meta name="author" content="Jo Lund"><meta property="article:published_time" content="2024-03-05T08:30:00Z">
            <link rel="canonical" href="https://gazette.example/bridge">
            <script type="application/ld+json">{"@type":"NewsArticle","headline":"Council approves the new bridge","author":{"name":"Jo Lund"}}</script>
            <script>window.dataLayer = [];</script><style>body { margin: 0 }</style></head>
            <body><header class="site"><nav><a href="/">Home</a><a href="/news">News</a></nav></header>
            <main><article><h1>Council approves the new bridge</h1>
            """);
        while (Encoding.UTF8.GetByteCount(builder.ToString()) < TargetBytes)
        {
            for (var i = 0; i < 1000; i++)
            {
                var paragraph = Paragraph(random);
                var cut = paragraph.IndexOf(' ', paragraph.Length / 2);
                builder.Append("\n  <p class=\"body-text\">")
                    .Append(paragraph, 0, cut)
                    .Append(" <a href=\"https://gazette.example/more\"><em>")
                    .Append(paragraph, cut, paragraph.Length - cut)
                    .Append("</em></a> &amp; more&nbsp;text.</p>");
                switch (random.Next(12))
                {
                    case 0:
                        builder.Append("<div class=\"ad-slot\"><script>loadAd()</script>Advertisement</div>");
                        break;
                    case 1:
                        builder.Append("<div class=\"share-bar\"><button>Share</button><a href=\"#\">Tweet</a></div>");
                        break;
                    case 2:
                        builder.Append("<h2>").Append(Sentences[random.Next(Sentences.Length)]).Append("</h2>");
                        break;
                    case 3:
                        builder.Append("<blockquote><p>").Append(Sentences[random.Next(Sentences.Length)]).Append("</p></blockquote>");
                        break;
                }
            }
        }

        builder.Append("</article></main><aside>Related stories</aside><footer>© Gazette</footer></body></html>");
        return builder.ToString();
    }
}
