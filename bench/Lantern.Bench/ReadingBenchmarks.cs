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
    // Paragraphs and sentences only: what "segmentation" costs without structure and language detection.
    private static readonly DocumentSegmenter Sentences = DocumentSegmenter.CreateBuilder().ClearStructure().UseLanguages(null).Build();

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

    /// <summary>Reading plus paragraphs and sentences.</summary>
    [Benchmark]
    public int PlainTextSentences()
    {
        var article = PlainTextReader.Read(new MemoryStream(plain, writable: false), "bench.txt");
        return Sentences.Segment(article).Sentences.Count;
    }

    /// <summary>Reading plus the whole default segmentation: paragraphs, sentences, structure (quotes, attribution, bylines, scripts), languages.</summary>
    [Benchmark]
    public int PlainTextFullDocument()
    {
        var article = PlainTextReader.Read(new MemoryStream(plain, writable: false), "bench.txt");
        return DocumentSegmenter.Default.Segment(article).Structure.Count;
    }

    /// <summary>HTML reading plus the whole default segmentation.</summary>
    [Benchmark]
    public int HtmlFullDocument()
    {
        var article = HtmlArticleReader.Read(new MemoryStream(html, writable: false), "bench.html");
        return DocumentSegmenter.Default.Segment(article).Structure.Count;
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
