using Lantern.Segmentation;
using Lantern.Tests.Structure;
using Lantern.Text;

namespace Lantern.Tests.Segmentation;

public sealed class RuleSentenceSplitterTests
{
    private static string Split(string paragraph) =>
        Dump.Spans(paragraph, RuleSentenceSplitter.Default.Split(paragraph, new TextSpan(0, paragraph.Length)), "sentence");

    [Fact]
    public void Given_three_plain_sentences_When_split_Then_each_ends_at_its_terminator()
    {
        Assert.Equal(
            """
            sentence 0-16 "The vote failed."
            sentence 17-32 "Was it a trick?"
            sentence 33-46 "Nobody knows!"
            """,
            Split("The vote failed. Was it a trick? Nobody knows!"));
    }

    [Fact]
    public void Given_titles_initials_and_acronyms_When_split_Then_their_dots_do_not_end_sentences()
    {
        Assert.Equal(
            """
            sentence 0-59 "Mr. Smith met Dr. J. K. Brown and U.S. officials in Geneva."
            sentence 60-83 "They left e.g. at noon."
            """,
            Split("Mr. Smith met Dr. J. K. Brown and U.S. officials in Geneva. They left e.g. at noon."));
    }

    [Fact]
    public void Given_decimals_and_a_lower_case_word_after_a_dot_When_split_Then_no_break_there()
    {
        Assert.Equal(
            "sentence 0-53 \"Prices rose 3.5 per cent, approx. twice the forecast.\"",
            Split("Prices rose 3.5 per cent, approx. twice the forecast."));
    }

    [Fact]
    public void Given_closing_quotes_after_the_terminator_When_split_Then_the_quote_stays_with_its_sentence()
    {
        Assert.Equal(
            """
            sentence 0-23 "He said: “We will win.”"
            sentence 24-46 "(Nobody believed him.)"
            sentence 47-64 "“Why?” she asked."
            """,
            Split("He said: “We will win.” (Nobody believed him.) “Why?” she asked."));
    }

    [Fact]
    public void Given_ellipses_When_split_Then_they_end_a_sentence_only_before_a_capital()
    {
        Assert.Equal(
            """
            sentence 0-24 "Wait... it was not over…"
            sentence 25-37 "Then it was."
            """,
            Split("Wait... it was not over… Then it was."));
    }

    [Fact]
    public void Given_german_abbreviations_and_an_ordinal_date_When_split_Then_they_do_not_end_sentences()
    {
        Assert.Equal(
            """
            sentence 0-54 "Am 3. Oktober kamen ca. 200 Menschen, z.B. aus Berlin."
            sentence 55-67 "Es war kalt."
            """,
            Split("Am 3. Oktober kamen ca. 200 Menschen, z.B. aus Berlin. Es war kalt."));
    }

    [Fact]
    public void Given_russian_and_polish_abbreviations_When_split_Then_they_do_not_end_sentences()
    {
        Assert.Equal(
            """
            sentence 0-33 "Он приехал, т.е. Иванов был прав."
            sentence 34-58 "Przyszli m.in. Kowalski."
            """,
            Split("Он приехал, т.е. Иванов был прав. Przyszli m.in. Kowalski."));
    }

    [Fact]
    public void Given_arabic_question_mark_When_split_Then_it_ends_a_sentence()
    {
        Assert.Equal(
            """
            sentence 0-12 "هل هذا صحيح؟"
            sentence 13-17 "نعم."
            """,
            Split("هل هذا صحيح؟ نعم."));
    }

    [Fact]
    public void Given_no_terminator_and_surrounding_spaces_When_split_Then_one_trimmed_sentence()
    {
        Assert.Equal("sentence 2-17 \"A headline here\"", Split("  A headline here  "));
    }
}
