using Lantern.Analysis.Embeddings;
using Lantern.Analysis.Tests.Pipeline;
using Samples = Lantern.Analysis.Tests.Pipeline.Articles;

namespace Lantern.Analysis.Tests.Embeddings;

/// <summary>The vectors every analysis carries for nearest-passage search (mean-pooled token states).</summary>
public sealed class PassageEmbeddingTests(AnalyzerFixture fixture) : IClassFixture<AnalyzerFixture>
{
    [Fact]
    public void Given_an_analysis_Then_there_is_one_unit_vector_per_span_and_per_paragraph_label()
    {
        var analysis = fixture.Analyzer.Analyze(Samples.Read(Samples.Loaded));

        Assert.NotEmpty(analysis.Spans);
        Assert.Equal(
            analysis.Spans.Select(s => (PassageKind.Span, s.Technique, s.Start, s.Length))
                .Concat(analysis.Paragraphs.SelectMany(p => p.Techniques.Select(t => (PassageKind.Paragraph, t.Label, p.Start, p.Length)))),
            analysis.Embeddings.Select(e => (e.Kind, e.Technique, e.Start, e.Length)));
        Assert.All(analysis.Embeddings, e =>
        {
            Assert.Equal(fixture.Analyzer.Encoder.Dimension, e.Vector.Length);
            Assert.Equal(1.0, Math.Sqrt(e.Vector.Sum(v => (double)v * v)), 4);
        });
    }

    [Fact]
    public void Given_two_different_spans_Then_their_vectors_differ_and_the_same_text_gives_the_same_vector()
    {
        var first = fixture.Analyzer.Analyze(Samples.Read(Samples.Loaded));
        var again = fixture.Analyzer.Analyze(Samples.Read(Samples.Loaded));

        var spans = first.Embeddings.Where(e => e.Kind == PassageKind.Span).ToList();
        Assert.True(spans.Select(e => e.Span).Distinct().Count() >= 2);
        var a = spans[0];
        var b = spans.First(e => e.Span != a.Span);
        Assert.True(Cosine(a.Vector, b.Vector) < 0.999, "two different spans got the same vector");
        Assert.Equal(first.Embeddings.Count, again.Embeddings.Count);
        Assert.All(first.Embeddings.Zip(again.Embeddings), pair => Assert.True(Cosine(pair.First.Vector, pair.Second.Vector) > 0.9999));
    }

    private static double Cosine(float[] a, float[] b) => a.Zip(b, (x, y) => (double)x * y).Sum();
}
