using System.Text;
using Lantern.Errors;
using Lantern.Fuzz.Internal;
using Lantern.Reading;
using Lantern.SemEval;
using Lantern.Store.Ingest;
using Lantern.Text;
using Lantern.Web.Internal;

namespace Lantern.Fuzz;

/// <summary>
/// Every reader of outside input, as a fuzz target. Each catches only the errors Lantern documents for bad input
/// (<see cref="InputRejectedException"/>, and for the API its 4xx problem) and checks the invariants of what it read.
/// </summary>
public static class FuzzTargets
{
    // Small limits keep one run fast; the limit checks themselves are part of what is fuzzed.
    private static readonly ReadOptions Strict = new() { MaxBytes = 1 << 20 };
    private static readonly ReadOptions Lenient = Strict with { Lenient = true };
    private static readonly Uri FeedUri = new("http://feed.example/rss.xml");

    public static IReadOnlyList<FuzzTarget> All { get; } =
    [
        new("text", "plain text reader (strict, then --lenient when refused)", Text),
        new("html", "HTML reader (AngleSharp, boilerplate removal, JSON-LD)", Html),
        new("jsonl", "JSON Lines reader, every line", Jsonl),
        new("semeval-article", "SemEval article reader and its code point offsets", SemEvalArticle),
        new("semeval-labels", "SemEval label files (first byte picks genres/frames/paragraphs/spans), read-write-read", SemEvalLabels),
        new("feed", "RSS/Atom feed ingest (FeedSource), served from memory", Feed),
        new("api", "POST /api/analyze body parsing: first line the Content-Type, the rest the body", Api),
    ];

    public static FuzzTarget Get(string name) =>
        All.FirstOrDefault(t => t.Name == name) ?? throw new ArgumentException($"unknown target '{name}'; targets: {string.Join(", ", All.Select(t => t.Name))}", nameof(name));

    public static void Text(byte[] data)
    {
        foreach (var options in new[] { Strict, Lenient })
        {
            try
            {
                Invariants.Check(ArticleReaders.Read(new MemoryStream(data), "fuzz.txt", PlainTextReader.FormatName, options));
                return;
            }
            catch (InputRejectedException)
            {
                // refused: try the lenient reading once
            }
        }
    }

    public static void Html(byte[] data)
    {
        try
        {
            Invariants.Check(HtmlArticleReader.Read(new MemoryStream(data), "fuzz.html", Lenient));
        }
        catch (InputRejectedException)
        {
        }
    }

    public static void Jsonl(byte[] data)
    {
        try
        {
            foreach (var result in JsonlArticleReader.Read(new MemoryStream(data), "fuzz.jsonl", Strict))
            {
                Invariants.Require(result.IsError != (result.Article is not null), $"line {result.Line} is neither an article nor an error");
                if (result.Article is { } article)
                {
                    Invariants.Check(article);
                }
            }
        }
        catch (InputRejectedException)
        {
        }
    }

    public static void SemEvalArticle(byte[] data)
    {
        Articles.Article article;
        try
        {
            article = SemEvalArticleReader.Read(new MemoryStream(data), "article1234.txt", Lenient);
        }
        catch (InputRejectedException)
        {
            return;
        }

        Invariants.Check(article);
        foreach (var lineEnds in new[] { SemEvalLineEnds.AsRead, SemEvalLineEnds.CrLf })
        {
            var offsets = SemEvalOffsets.For(article, lineEnds);
            var count = offsets.FileCodePointCount;
            for (var cp = 0; cp <= Math.Min(count, 300); cp++)
            {
                var span = offsets.ToSpan(cp, count);
                Invariants.Require(span.End <= article.Text.Length, $"code points [{cp},{count}) map outside the text: {span}");
                var (start, end) = offsets.ToCodePoints(span);
                Invariants.Require(offsets.ToSpan(start, end) == span, $"code points [{cp},{count}) -> {span} -> [{start},{end}) does not map back");
            }
        }

        var spans = new List<(int, int)>();
        for (var i = 0; i + 1 < Math.Min(data.Length, 40); i += 2)
        {
            spans.Add((Math.Min(data[i], data[i + 1]), Math.Max(data[i], data[i + 1])));
        }

        _ = SemEvalOffsets.Guess(article, spans);
        var points = CodePoints.Of(article.Text);
        for (var cp = 0; cp <= Math.Min(points.CodePointCount, 300); cp++)
        {
            Invariants.Require(points.ToCodePoint(points.ToUtf16(cp)) == cp, $"code point {cp} does not map back");
        }
    }

    public static void SemEvalLabels(byte[] data)
    {
        if (data.Length == 0)
        {
            return;
        }

        var kind = data[0] % 4;
        var text = new UTF8Encoding(false, false).GetString(data, 1, data.Length - 1);
        string once, twice;
        try
        {
            once = WriteLabels(kind, ReadLabels(kind, new StringReader(text)));
        }
        catch (InputRejectedException)
        {
            return;
        }

        // What was read and written once must read back to the same rows: the writer's output is always valid.
        twice = WriteLabels(kind, ReadLabels(kind, new StringReader(once)));
        Invariants.Require(once == twice, $"label rows do not survive write-then-read:\n{once}\n---\n{twice}");
    }

    public static void Feed(byte[] data)
    {
        using var http = new HttpClient(new FeedHandler(FeedUri, data));
        var source = new FeedSource(http, new FeedOptions { MaxBytes = 1 << 20, MaxItems = 50, Timeout = TimeSpan.FromSeconds(30) });
        // A feed with no items gives none: that is an empty feed, not a finding.
        foreach (var item in source.ReadAsync(FeedUri).ToBlockingEnumerable())
        {
            Invariants.Require((item.Article is null) != (item.Rejection is null), $"item {item.Name} is neither an article nor a rejection");
            if (item.Article is { } article)
            {
                Invariants.Check(article);
            }
            else
            {
                Invariants.Require(!item.Rejection!.Contains('\n', StringComparison.Ordinal), $"rejection of {item.Name} is not one line: {item.Rejection}");
            }
        }
    }

    public static void Api(byte[] data)
    {
        var newline = Array.IndexOf(data, (byte)'\n');
        var contentType = newline < 0 ? null : Encoding.UTF8.GetString(data, 0, newline);
        var body = newline < 0 ? data : data[(newline + 1)..];
        try
        {
            var parsed = RequestArticles.Parse(contentType, body, 1 << 20, CancellationToken.None);
            if (parsed.Article is { } article)
            {
                Invariants.Check(article);
            }
            else
            {
                Invariants.Require(!string.IsNullOrWhiteSpace(parsed.FetchRequest?.Url), "a body gave neither an article nor a URL to fetch");
            }
        }
        catch (InputRejectedException)
        {
        }
        catch (ApiProblemException e)
        {
            Invariants.Require(e.Status is >= 400 and < 500, $"API problem with status {e.Status}");
        }
    }

    private static System.Collections.IEnumerable ReadLabels(int kind, TextReader reader) => kind switch
    {
        0 => SemEvalFiles.ReadGenres(reader, "fuzz-labels.txt"),
        1 => SemEvalFiles.ReadFrames(reader, "fuzz-labels.txt"),
        2 => SemEvalFiles.ReadParagraphs(reader, "fuzz-labels.txt"),
        _ => SemEvalFiles.ReadSpans(reader, "fuzz-labels.txt"),
    };

    private static string WriteLabels(int kind, System.Collections.IEnumerable rows)
    {
        using var writer = new StringWriter();
        switch (kind)
        {
            case 0: SemEvalFiles.WriteGenres(writer, rows.Cast<GenreLabel>()); break;
            case 1: SemEvalFiles.WriteFrames(writer, rows.Cast<FrameLabels>()); break;
            case 2: SemEvalFiles.WriteParagraphs(writer, rows.Cast<ParagraphLabels>()); break;
            default: SemEvalFiles.WriteSpans(writer, rows.Cast<SpanLabel>()); break;
        }

        return writer.ToString();
    }
}
