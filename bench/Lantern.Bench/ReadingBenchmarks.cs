using AngleSharp.Html.Parser;
using BenchmarkDotNet.Attributes;
using Lantern.Reading;
using Lantern.Segmentation;

namespace Lantern.Bench;

/// <summary>Reading (decode, extract) plus paragraph segmentation of ~5 MB inputs, single-threaded. See the MB/s column.</summary>
[MemoryDiagnoser]
[Config(typeof(ThroughputConfig))]
public class ReadingBenchmarks
{
    private byte[] plain = [];
    private byte[] html = [];

    [GlobalSetup]
    public void Setup()
    {
        plain = SyntheticArticles.Plain;
        html = SyntheticArticles.Html;
    }

    [Benchmark]
    public int PlainText()
    {
        var article = PlainTextReader.Read(new MemoryStream(plain, writable: false), "bench.txt");
        return LineParagraphs.Split(article.Text).Count;
    }

    [Benchmark]
    public int Html()
    {
        var article = HtmlArticleReader.Read(new MemoryStream(html, writable: false), "bench.html");
        return LineParagraphs.Split(article.Text).Count;
    }

    /// <summary>For scale: AngleSharp's parse of the same page alone, the floor under <see cref="Html"/>.</summary>
    [Benchmark]
    public int HtmlParseOnly()
    {
        var text = System.Text.Encoding.UTF8.GetString(html);
        using var document = new HtmlParser(new HtmlParserOptions { SkipComments = true, DisableElementPositionTracking = true }).ParseDocument(text);
        return document.All.Length;
    }
}
