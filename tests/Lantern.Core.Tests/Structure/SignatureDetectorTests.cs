using Lantern.Structure;

namespace Lantern.Tests.Structure;

public sealed class SignatureDetectorTests
{
    [Fact]
    public void Given_a_name_line_then_role_lines_at_the_end_When_detected_Then_one_signature_with_the_roles_as_detail()
    {
        var text = "Title\n\nFirst point.\nSecond point.\nJane Doe\nProfessor of History\nUniversity of Leeds\n";
        Assert.Equal(
            "signature 34-83 \"Jane Doe\nProfessor of History\nUniversity of Leeds\" [Professor of History, University of Leeds]",
            Dump.Detect(SignatureDetector.Instance, text));
    }

    [Fact]
    public void Given_a_closing_bio_sentence_with_a_dash_When_detected_Then_the_role_is_the_detail()
    {
        var text = "Title\n\nThe argument.\n— Jane Doe is a professor of economics at the University of Bologna.\n";
        Assert.Equal(
            "signature 21-89 \"— Jane Doe is a professor of economics at the University of Bologna.\" [a professor of economics at the University of Bologna]",
            Dump.Detect(SignatureDetector.Instance, text));
    }

    [Fact]
    public void Given_an_article_ending_in_ordinary_body_text_When_detected_Then_no_signature()
    {
        var text = "Title\n\nThe argument.\nThe government is a mess of committees in disarray.\nNothing will change.\n";
        Assert.Equal("", Dump.Detect(SignatureDetector.Instance, text));
    }

    [Fact]
    public void Given_a_closing_sentence_about_a_person_that_is_not_a_bio_When_detected_Then_no_signature()
    {
        var text = "Title\n\nThe argument.\nTom Baker is unaware of the battle in the court of appeal.\n";
        Assert.Equal("", Dump.Detect(SignatureDetector.Instance, text));
    }

    [Fact]
    public void Given_a_bio_followed_by_more_sentences_When_detected_Then_the_detail_is_the_role_of_the_first_sentence()
    {
        var text = "Title\n\nThe argument.\nJohn Roe is the director of the Example Institute. Follow him online.\n";
        Assert.Equal(
            "signature 21-90 \"John Roe is the director of the Example Institute. Follow him online.\" [the director of the Example Institute]",
            Dump.Detect(SignatureDetector.Instance, text));
    }

    [Fact]
    public void Given_a_headline_followed_by_a_name_line_When_detected_Then_the_top_is_never_a_signature()
    {
        Assert.Equal("", Dump.Detect(SignatureDetector.Instance, "Title\nJane Doe\nEditor\n"));
    }
}
