using Lantern.Articles;
using Lantern.Documents;
using Lantern.Languages;
using Lantern.Segmentation;
using Lantern.Structure;
using Lantern.Tests.Structure;
using Lantern.Text;

namespace Lantern.Tests.Segmentation;

public sealed class DocumentSegmenterTests
{
    private const string Opinion =
        "OPINION\n" +
        "The bridge we never built\n" +
        "By Jane Doe\n" +
        "\n" +
        "The council voted again. Mr. Smith was absent.\n" +
        "\"We will not back down,\" said Maria Lopez.\r\n" +
        "Jane Doe\n" +
        "Professor of Urban Planning\n";

    [Fact]
    public void Given_an_article_When_segmented_Then_paragraphs_are_non_empty_lines_numbered_as_semeval_counts()
    {
        var document = DocumentSegmenter.Default.Segment(Dump.Article(Opinion));

        Assert.Equal(
            """
            0 line 1 "OPINION"
            1 line 2 "The bridge we never built"
            2 line 3 "By Jane Doe"
            3 line 5 "The council voted again. Mr. Smith was absent."
            4 line 6 ""We will not back down," said Maria Lopez."
            5 line 7 "Jane Doe"
            6 line 8 "Professor of Urban Planning"
            """,
            string.Join("\n", document.Paragraphs.Select(p => $"{p.Index} line {p.Line} \"{p.Span.Of(Opinion)}\"")));
    }

    [Fact]
    public void Given_an_article_When_segmented_Then_sentences_carry_their_paragraph()
    {
        var document = DocumentSegmenter.Default.Segment(Dump.Article(Opinion));

        Assert.Equal(
            """
            0 p0 "OPINION"
            1 p1 "The bridge we never built"
            2 p2 "By Jane Doe"
            3 p3 "The council voted again."
            4 p3 "Mr. Smith was absent."
            5 p4 ""We will not back down," said Maria Lopez."
            6 p5 "Jane Doe"
            7 p6 "Professor of Urban Planning"
            """,
            string.Join("\n", document.Sentences.Select(s => $"{s.Index} p{s.ParagraphIndex} \"{s.Span.Of(Opinion)}\"")));
    }

    [Fact]
    public void Given_an_article_When_segmented_Then_structure_is_sorted_by_position()
    {
        var document = DocumentSegmenter.Default.Segment(Dump.Article(Opinion));

        Assert.Equal(
            """
            kicker 0-7 "OPINION"
            headline 8-33 "The bridge we never built"
            byline 34-45 "By Jane Doe" [Jane Doe]
            quote 94-118 ""We will not back down,"" [Maria Lopez]
            attribution 119-135 "said Maria Lopez" [Maria Lopez]
            speaker 124-135 "Maria Lopez"
            signature 138-174 "Jane Doe
            Professor of Urban Planning" [Professor of Urban Planning]
            """,
            Dump.Spans(Opinion, document.Structure));
    }

    [Fact]
    public void Given_an_english_article_When_segmented_Then_article_and_long_paragraphs_are_english_and_short_lines_und()
    {
        var document = DocumentSegmenter.Default.Segment(Dump.Article(Opinion));

        Assert.Equal("en", document.Language.Code);
        Assert.Equal(document.Paragraphs.Count, document.ParagraphLanguages.Count);
        Assert.Equal("en", document.ParagraphLanguages[3].Code);
        Assert.Equal("und", document.ParagraphLanguages[0].Code);
    }

    [Fact]
    public void Given_a_title_span_from_the_reader_When_segmented_Then_it_is_the_headline()
    {
        const string text = "Body first line here.\nSecond line.\n";
        var article = new Article { Id = "x", Text = text, TitleSpan = new TextSpan(0, 21) };

        var document = DocumentSegmenter.Default.Segment(article);

        Assert.Equal("headline 0-21 \"Body first line here.\"", Dump.Spans(text, document.Structure));
    }

    [Fact]
    public void Given_an_english_article_quoting_a_french_paragraph_When_segmented_Then_that_paragraph_is_french()
    {
        const string text =
            "The minister spoke in Paris\n\n" +
            "The minister gave a long speech to the assembly on Tuesday and answered questions from the press for an hour.\n" +
            "Nous ne céderons jamais devant ceux qui veulent diviser notre pays et détruire nos institutions.\n" +
            "Most deputies applauded, although several left the room before the end of the speech.\n";

        var document = DocumentSegmenter.Default.Segment(Dump.Article(text));

        Assert.Equal("en", document.Language.Code);
        Assert.Equal(["en", "en", "fr", "en"], document.ParagraphLanguages.Select(l => l.Code));
    }

    [Theory]
    [InlineData("ge", "de")]
    [InlineData("po", "pl")]
    public void Given_too_little_text_and_a_semeval_language_alias_When_segmented_Then_the_declared_language_normalised(string declared, string code)
    {
        var article = new Article { Id = "x", Text = "12 34", Language = declared };

        Assert.Equal(code, DocumentSegmenter.Default.Segment(article).Language.Code);
    }

    [Fact]
    public void Given_a_builder_with_replaced_stages_When_built_Then_the_stages_are_used()
    {
        var segmenter = DocumentSegmenter.CreateBuilder()
            .UseSentences(new WholeParagraph())
            .ClearStructure()
            .AddStructure(ForeignScriptDetector.Instance)
            .UseLanguages(null)
            .Build();
        const string text = "One. Two.\nSay سلام now.";

        var document = segmenter.Segment(Dump.Article(text));

        Assert.Equal(["One. Two.", "Say سلام now."], document.Sentences.Select(s => s.Span.Of(text)));
        Assert.Equal("foreignscript 14-18 \"سلام\" [Arabic]", Dump.Spans(text, document.Structure));
        Assert.Equal(LanguageGuess.Unknown, document.Language);
    }

    [Fact]
    public void Given_an_empty_text_When_segmented_Then_an_empty_document()
    {
        var document = DocumentSegmenter.Default.Segment(Dump.Article(""));

        Assert.Equal((0, 0, 0, "und"), (document.Paragraphs.Count, document.Sentences.Count, document.Structure.Count, document.Language.Code));
    }

    [Fact]
    public void Given_a_cancelled_token_When_segmented_Then_it_stops()
    {
        using var cts = new CancellationTokenSource();
        cts.Cancel();

        Assert.Throws<OperationCanceledException>(() => DocumentSegmenter.Default.Segment(Dump.Article(Opinion), cts.Token));
    }

    private sealed class WholeParagraph : ISentenceSplitter
    {
        public IReadOnlyList<TextSpan> Split(string text, TextSpan paragraph) => [paragraph];
    }
}
