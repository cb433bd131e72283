using System.Text;
using Lantern.Analysis.SemEval;
using Lantern.Analysis.Tests.Rendering;
using Lantern.SemEval;

namespace Lantern.Analysis.Tests.SemEval;

public sealed class SemEvalPredictionsTests
{
    [Fact]
    public void Given_an_emoji_before_a_span_When_written_as_SemEval_spans_Then_offsets_count_code_points()
    {
        var text = "Fans 😀😀 cheer\n\nThe mayor is a clown.\n";
        var clown = AnalysisSamples.Find(text, "a clown");
        var analysis = AnalysisSamples.With(text, null, ("Name_Calling-Labeling", clown));

        var row = Assert.Single(SemEvalPredictions.Spans("42", analysis));

        // Two emoji before the span: two UTF-16 units more than code points.
        Assert.Equal(new SpanLabel("42", "Name_Calling-Labeling", clown.Start - 2, clown.End - 2), row);
        var codePoints = text.EnumerateRunes().ToArray();
        Assert.Equal("a clown", string.Concat(codePoints[row.StartCodePoint..row.EndCodePoint].Select(r => r.ToString())));
    }

    [Fact]
    public void Given_a_file_that_began_with_a_byte_order_mark_When_written_as_SemEval_spans_Then_offsets_count_it_as_the_gold_files_do()
    {
        var text = "Title\n\nThe mayor is a clown.\n";
        var clown = AnalysisSamples.Find(text, "a clown");
        var analysis = AnalysisSamples.With(text, null, ("Name_Calling-Labeling", clown));

        var row = Assert.Single(SemEvalPredictions.Spans("5", analysis, hadByteOrderMark: true));

        Assert.Equal(new SpanLabel("5", "Name_Calling-Labeling", clown.Start + 1, clown.End + 1), row);
        var gold = Lantern.Reading.SemEvalOffsets.For(new Lantern.Articles.Article { Id = "5", Text = text, HasByteOrderMark = true });
        Assert.Equal(clown, gold.ToSpan(row.StartCodePoint, row.EndCodePoint));
    }

    [Fact]
    public void Given_span_rows_When_written_and_read_back_Then_they_are_the_same_rows()
    {
        var text = "🙂 Title\n\n𝔉ancy words: they are traitors 💥 and liars.\n";
        var analysis = AnalysisSamples.With(text, null, ("Name_Calling-Labeling", AnalysisSamples.Find(text, "traitors 💥 and liars")), ("Loaded_Language", AnalysisSamples.Find(text, "𝔉ancy")));
        var rows = SemEvalPredictions.Spans("7", analysis);
        var path = Path.GetTempFileName();
        try
        {
            using (var writer = new StreamWriter(path, false, new UTF8Encoding(false)))
            {
                SemEvalFiles.WriteSpans(writer, rows);
            }

            Assert.Equal(rows, SemEvalFiles.ReadSpans(path));
        }
        finally
        {
            File.Delete(path);
        }
    }

    [Fact]
    public void Given_an_article_with_blank_lines_When_written_as_paragraph_rows_Then_every_non_empty_line_has_a_row_with_its_line_number()
    {
        var text = "Headline here\n\nFirst paragraph, calm.\n\n\nSecond one: disgraceful!\nThird.\n";
        var analysis = AnalysisSamples.With(text, "Headline here", ("Loaded_Language", AnalysisSamples.Find(text, "disgraceful")));

        var rows = SemEvalPredictions.Paragraphs("9", analysis);

        Assert.Equal([1, 3, 6, 7], rows.Select(r => r.Line));
        Assert.Equal(["Loaded_Language"], rows.Single(r => r.Line == 6).Techniques);
        Assert.All(rows.Where(r => r.Line != 6), r => Assert.Empty(r.Techniques));
    }

    [Theory]
    [InlineData("/data/en/article111111.txt", "111111")]
    [InlineData("article7.txt", "7")]
    [InlineData("notes.txt", "notes")]
    public void Given_a_file_name_When_its_article_id_is_taken_Then_the_SemEval_id_is_returned(string path, string id) =>
        Assert.Equal(id, SemEvalPredictions.ArticleId(path));
}
