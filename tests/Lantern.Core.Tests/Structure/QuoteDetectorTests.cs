using Lantern.Structure;

namespace Lantern.Tests.Structure;

public sealed class QuoteDetectorTests
{
    [Fact]
    public void Given_a_quote_followed_by_said_and_a_name_When_detected_Then_quote_attribution_and_speaker_are_linked()
    {
        var text = "\"We will not back down,\" said Maria Lopez, the mayor.";
        Assert.Equal(
            """
            quote 0-24 ""We will not back down,"" [Maria Lopez]
            attribution 25-41 "said Maria Lopez" [Maria Lopez]
            speaker 30-41 "Maria Lopez"
            """,
            Dump.Detect(QuoteDetector.Instance, text));
    }

    [Fact]
    public void Given_a_speaker_who_told_reporters_before_a_curly_quote_When_detected_Then_the_quote_is_attributed()
    {
        var text = "The Kremlin told reporters: “This is a provocation.”";
        Assert.Equal(
            """
            attribution 4-26 "Kremlin told reporters" [Kremlin]
            speaker 4-11 "Kremlin"
            quote 28-52 "“This is a provocation.”" [Kremlin]
            """,
            Dump.Detect(QuoteDetector.Instance, text));
    }

    [Fact]
    public void Given_according_to_without_quotes_When_detected_Then_an_attribution_with_its_speaker()
    {
        var text = "According to John Roe, the deal is dead.";
        Assert.Equal(
            """
            attribution 0-21 "According to John Roe" [John Roe]
            speaker 13-21 "John Roe"
            """,
            Dump.Detect(QuoteDetector.Instance, text));
    }

    [Fact]
    public void Given_a_pronoun_speaker_When_detected_Then_an_attribution_without_speaker_and_an_unattributed_quote()
    {
        var text = "“It’s over,” he said.";
        Assert.Equal(
            """
            quote 0-12 "“It’s over,”"
            attribution 13-20 "he said"
            """,
            Dump.Detect(QuoteDetector.Instance, text));
    }

    [Fact]
    public void Given_guillemets_and_a_french_attribution_When_detected_Then_marks_and_inner_spaces_are_included()
    {
        var text = "« Nous irons jusqu’au bout », a déclaré Jean Dupont.";
        Assert.Equal(
            """
            quote 0-28 "« Nous irons jusqu’au bout »" [Jean Dupont]
            attribution 30-51 "a déclaré Jean Dupont" [Jean Dupont]
            speaker 40-51 "Jean Dupont"
            """,
            Dump.Detect(QuoteDetector.Instance, text));
    }

    [Fact]
    public void Given_german_low_high_quotes_and_sagte_When_detected_Then_the_speaker_is_found()
    {
        var text = "„Das ist falsch“, sagte Anna Schmidt.";
        Assert.Equal(
            """
            quote 0-16 "„Das ist falsch“" [Anna Schmidt]
            attribution 18-36 "sagte Anna Schmidt" [Anna Schmidt]
            speaker 24-36 "Anna Schmidt"
            """,
            Dump.Detect(QuoteDetector.Instance, text));
    }

    [Fact]
    public void Given_italian_polish_and_russian_attributions_When_detected_Then_each_speaker_is_found()
    {
        var text = "Mario Rossi ha detto che no.\nJan Kowalski powiedział to wczoraj.\n«Это ложь», заявил Иван Петров.";
        Assert.Equal(
            """
            attribution 0-20 "Mario Rossi ha detto" [Mario Rossi]
            speaker 0-11 "Mario Rossi"
            attribution 29-52 "Jan Kowalski powiedział" [Jan Kowalski]
            speaker 29-41 "Jan Kowalski"
            quote 65-75 "«Это ложь»" [Иван Петров]
            attribution 77-95 "заявил Иван Петров" [Иван Петров]
            speaker 84-95 "Иван Петров"
            """,
            Dump.Detect(QuoteDetector.Instance, text));
    }

    [Fact]
    public void Given_apostrophes_and_single_curly_quotes_When_detected_Then_only_the_real_quote_is_found()
    {
        var text = "The students’ union called it ‘a betrayal’ and it’s not over.";
        Assert.Equal("quote 30-42 \"‘a betrayal’\"", Dump.Detect(QuoteDetector.Instance, text));
    }

    [Fact]
    public void Given_an_unclosed_quote_When_detected_Then_no_quote()
    {
        Assert.Equal("", Dump.Detect(QuoteDetector.Instance, "He began: “We were never told"));
    }

    [Fact]
    public void Given_said_followed_by_a_weekday_When_detected_Then_no_speaker_is_invented()
    {
        Assert.Equal("", Dump.Detect(QuoteDetector.Instance, "The talks collapsed, officials said Monday. Officials said nothing more."));
    }

    [Fact]
    public void Given_a_speaker_at_the_end_of_a_sentence_When_detected_Then_the_name_stops_at_the_full_stop()
    {
        var text = "“Stay inside,” said Candace Smith. Authorities agreed.";
        Assert.Equal(
            """
            quote 0-14 "“Stay inside,”" [Candace Smith]
            attribution 15-33 "said Candace Smith" [Candace Smith]
            speaker 20-33 "Candace Smith"
            """,
            Dump.Detect(QuoteDetector.Instance, text));
    }

    [Fact]
    public void Given_a_title_abbreviation_and_a_possessive_When_detected_Then_the_title_is_kept_and_the_possessive_is_no_speaker()
    {
        var text = "Dr. Peter Salama said it was late. Israel’s army said nothing.";
        Assert.Equal(
            """
            attribution 0-21 "Dr. Peter Salama said" [Dr. Peter Salama]
            speaker 0-16 "Dr. Peter Salama"
            """,
            Dump.Detect(QuoteDetector.Instance, text));
    }

    [Fact]
    public void Given_two_quotes_inside_a_sentence_with_a_speaker_When_detected_Then_both_quotes_get_the_speaker()
    {
        var text = "Anna Berg warned the plan was “dead on arrival” and “useless”.";
        Assert.Equal(
            """
            attribution 0-16 "Anna Berg warned" [Anna Berg]
            speaker 0-9 "Anna Berg"
            quote 30-47 "“dead on arrival”" [Anna Berg]
            quote 52-61 "“useless”" [Anna Berg]
            """,
            Dump.Detect(QuoteDetector.Instance, text));
    }

    [Fact]
    public void Given_a_spanish_quote_with_dijo_When_detected_Then_the_speaker_is_found()
    {
        var text = "«No vamos a ceder», dijo Carmen Ruiz.";
        Assert.Equal(
            """
            quote 0-18 "«No vamos a ceder»" [Carmen Ruiz]
            attribution 20-36 "dijo Carmen Ruiz" [Carmen Ruiz]
            speaker 25-36 "Carmen Ruiz"
            """,
            Dump.Detect(QuoteDetector.Instance, text));
    }

    [Fact]
    public void Given_quotes_in_two_paragraphs_When_detected_Then_an_attribution_never_reaches_across_paragraphs()
    {
        var text = "“We are ready.”\nTom Hale added nothing.";
        Assert.Equal(
            """
            quote 0-15 "“We are ready.”"
            attribution 16-30 "Tom Hale added" [Tom Hale]
            speaker 16-24 "Tom Hale"
            """,
            Dump.Detect(QuoteDetector.Instance, text));
    }
}
