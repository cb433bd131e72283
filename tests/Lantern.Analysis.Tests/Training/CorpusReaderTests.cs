using System.Globalization;
using System.Text;
using Lantern.Measures;
using Lantern.Models.Training.Internal;
using Lantern.Reading;
using Lantern.SemEval;

namespace Lantern.Analysis.Tests.Training;

public sealed class CorpusReaderTests : IDisposable
{
    // Our own sentences, LF line ends, like the distributed non-English articles.
    private const string Text = "Le conseil vote\n\nCes traîtres corrompus veulent votre argent.\nLa réunion a duré une heure 😀 et demie.\nCes escrocs menteurs ont encore gagné.\n";

    private static readonly string[] Phrases = ["traîtres corrompus", "une heure 😀 et demie", "escrocs menteurs"];

    private readonly string root = Directory.CreateTempSubdirectory("lantern-corpus-test").FullName;

    public void Dispose() => Directory.Delete(root, recursive: true);

    // Code point offsets of the phrase in the file, each LF counted as two when crLf.
    private static (int Start, int End) FileOffsets(string phrase, bool crLf)
    {
        var start = Text.IndexOf(phrase, StringComparison.Ordinal);
        var before = Text[..start];
        var startCodePoint = before.EnumerateRunes().Count() + (crLf ? before.Count(c => c == '\n') : 0);
        return (startCodePoint, startCodePoint + phrase.EnumerateRunes().Count());
    }

    private CorpusArticle ReadFixture(bool crLf, bool bom)
    {
        var dir = Path.Combine(root, "fr");
        var articles = Directory.CreateDirectory(Path.Combine(dir, "train-articles-subtask-3")).FullName;
        var spans = Directory.CreateDirectory(Path.Combine(dir, "train-labels-subtask-3-spans")).FullName;
        byte[] preamble = bom ? [0xEF, 0xBB, 0xBF] : [];
        File.WriteAllBytes(Path.Combine(articles, "article7.txt"), [.. preamble, .. System.Text.Encoding.UTF8.GetBytes(Text)]);
        var rows = new StringBuilder();
        foreach (var phrase in Phrases)
        {
            var (start, end) = FileOffsets(phrase, crLf);
            rows.Append(CultureInfo.InvariantCulture, $"7\tLoaded_Language\t{start + (bom ? 1 : 0)}\t{end + (bom ? 1 : 0)}\n");
        }

        File.WriteAllText(Path.Combine(spans, "article7-labels-subtask-3.txt"), rows.ToString());
        File.WriteAllText(Path.Combine(dir, "train-labels-subtask-3.txt"), "7\t1\t\n7\t3\tLoaded_Language\n7\t4\tLoaded_Language\n7\t5\tLoaded_Language\n");
        return Assert.Single(CorpusReader.Read(root, ["fr"], null));
    }

    [Theory]
    [InlineData(true, false)]
    [InlineData(false, false)]
    [InlineData(true, true)]
    public void Given_a_span_file_counting_line_ends_either_way_When_read_Then_the_spans_cover_the_labelled_phrases(bool crLf, bool bom)
    {
        var article = ReadFixture(crLf, bom);

        Assert.Equal(Text, article.Text);
        Assert.Equal(crLf ? SemEvalLineEnds.CrLf : SemEvalLineEnds.AsRead, article.Offsets.LineEnds);
        Assert.Equal(Phrases, article.Spans!.Select(s => s.Span.Of(article.Text)));
    }

    [Theory]
    [InlineData(true)]
    [InlineData(false)]
    public void Given_gold_read_from_a_span_file_When_converted_back_for_scoring_Then_it_gives_the_file_offsets_and_scores_one_against_itself(bool crLf)
    {
        var article = ReadFixture(crLf, bom: false);
        var file = SemEvalFiles.ReadSpans(Path.Combine(root, "fr", "train-labels-subtask-3-spans", "article7-labels-subtask-3.txt"));

        var labels = Evaluation.SpanLabels(article, article.Spans!).ToList();

        Assert.Equal(file.Select(r => (r.StartCodePoint, r.EndCodePoint)), labels.Select(l => (l.StartCodePoint, l.EndCodePoint)));
        var score = SpanMeasure.Score([.. file.Select(r => r with { ArticleId = article.Key })], labels, [article.Key]);
        Assert.Equal(1.0, score.Aware.F1, 6);
        Assert.Equal(1.0, score.Blind.F1, 6);
    }
}
