using Lantern.Structure;

namespace Lantern.Tests.Structure;

public sealed class TopMatterDetectorTests
{
    [Fact]
    public void Given_an_upper_case_kicker_a_headline_and_a_by_line_When_detected_Then_all_three_are_typed()
    {
        var text = "OPINION\nThe bridge we never built\nBy Jane Doe and John Roe\n\nThe council voted again.\n";
        Assert.Equal(
            """
            kicker 0-7 "OPINION"
            headline 8-33 "The bridge we never built"
            byline 34-58 "By Jane Doe and John Roe" [Jane Doe and John Roe]
            """,
            Dump.Detect(TopMatterDetector.Instance, text));
    }

    [Fact]
    public void Given_a_section_path_kicker_and_an_agency_byline_When_detected_Then_both_are_found()
    {
        var text = "World | Europe\nFloods hit the valley\nJane Doe, Reuters\nRain fell for days.\n";
        Assert.Equal(
            """
            kicker 0-14 "World | Europe"
            headline 15-36 "Floods hit the valley"
            byline 37-54 "Jane Doe, Reuters" [Jane Doe]
            """,
            Dump.Detect(TopMatterDetector.Instance, text));
    }

    [Fact]
    public void Given_an_inline_kicker_prefix_When_detected_Then_the_prefix_is_the_kicker_and_the_rest_the_headline()
    {
        var text = "ANALYSIS: Why the markets fell\n\nTraders sold early.\n";
        Assert.Equal(
            """
            kicker 0-8 "ANALYSIS"
            headline 10-30 "Why the markets fell"
            """,
            Dump.Detect(TopMatterDetector.Instance, text));
    }

    [Fact]
    public void Given_a_semeval_shaped_article_When_detected_Then_line_one_is_the_headline_and_there_is_no_byline()
    {
        var text = "Senate delays the budget again\n\nBy the end of the week, nothing had moved.\nThe deadline passes on Friday.\n";
        Assert.Equal(
            "headline 0-30 \"Senate delays the budget again\"",
            Dump.Detect(TopMatterDetector.Instance, text));
    }

    [Fact]
    public void Given_a_short_upper_case_title_followed_by_an_empty_line_When_detected_Then_it_is_the_headline_not_a_kicker()
    {
        var text = "SPECIAL REPORT\n\nThe money vanished.\nNobody asked why.\n";
        Assert.Equal("headline 0-14 \"SPECIAL REPORT\"", Dump.Detect(TopMatterDetector.Instance, text));
    }

    [Fact]
    public void Given_a_single_paragraph_When_detected_Then_nothing_is_typed()
    {
        Assert.Equal("", Dump.Detect(TopMatterDetector.Instance, "Just one line of body text."));
    }

    [Theory]
    [InlineData("Von Anna Schmidt", "Anna Schmidt")]
    [InlineData("Par Jean Dupont et Marie Curie", "Jean Dupont et Marie Curie")]
    [InlineData("Автор: Иван Петров", "Иван Петров")]
    [InlineData("By JANE DOE | The Daily Bugle", "JANE DOE")]
    public void Given_a_byline_in_several_languages_When_read_Then_the_names_are_its_detail(string line, string names) =>
        Assert.Equal(names, TopMatterDetector.BylineNames(line));

    [Theory]
    [InlineData("By the end of the week nothing moved")]
    [InlineData("Di fronte alla crisi il governo tace")]
    [InlineData("By Jane Doe.")]
    [InlineData("Catholic Church, Homosexuality")]
    public void Given_a_body_sentence_starting_like_a_byline_When_read_Then_it_is_not_a_byline(string line) =>
        Assert.Null(TopMatterDetector.BylineNames(line));
}
