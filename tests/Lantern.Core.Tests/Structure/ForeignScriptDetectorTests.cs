using Lantern.Structure;

namespace Lantern.Tests.Structure;

public sealed class ForeignScriptDetectorTests
{
    [Fact]
    public void Given_an_arabic_phrase_inside_an_english_sentence_When_detected_Then_one_arabic_run()
    {
        var text = "The crowd chanted الله أكبر before the speech.";
        Assert.Equal("foreignscript 18-27 \"الله أكبر\" [Arabic]", Dump.Detect(ForeignScriptDetector.Instance, text));
    }

    [Fact]
    public void Given_an_arabic_verse_on_its_own_line_of_an_english_article_When_detected_Then_the_whole_verse()
    {
        var text = "A Verse Recited\n\nThe imam recited a verse from the Quran at the opening of the ceremony.\nبِسْمِ اللَّهِ الرَّحْمَٰنِ الرَّحِيمِ\nThen the speeches began.\n";
        Assert.Equal(
            "foreignscript 89-127 \"بِسْمِ اللَّهِ الرَّحْمَٰنِ الرَّحِيمِ\" [Arabic]",
            Dump.Detect(ForeignScriptDetector.Instance, text));
    }

    [Fact]
    public void Given_latin_and_greek_inside_russian_When_detected_Then_each_run_has_its_script()
    {
        var text = "Компания Apple Inc. представила новый телефон, а слово λόγος здесь ни при чём.";
        Assert.Equal(
            """
            foreignscript 9-18 "Apple Inc" [Latin]
            foreignscript 55-60 "λόγος" [Greek]
            """,
            Dump.Detect(ForeignScriptDetector.Instance, text));
    }

    [Fact]
    public void Given_a_lone_greek_letter_and_emoji_When_detected_Then_nothing()
    {
        Assert.Equal("", Dump.Detect(ForeignScriptDetector.Instance, "The value of π is about 3.14 😀 and that is all."));
    }

    [Fact]
    public void Given_cjk_and_hebrew_in_english_When_detected_Then_script_names_are_cjk_and_hebrew()
    {
        var text = "They wrote 東京タワー and שלום on the wall.";
        Assert.Equal(
            """
            foreignscript 11-16 "東京タワー" [Cjk]
            foreignscript 21-25 "שלום" [Hebrew]
            """,
            Dump.Detect(ForeignScriptDetector.Instance, text));
    }

    [Fact]
    public void Given_roman_numerals_and_a_web_address_in_russian_When_detected_Then_nothing()
    {
        Assert.Equal("", Dump.Detect(ForeignScriptDetector.Instance, "В XVIII веке, см. https://example.org/page?id=5 и mail@example.org, всё было иначе."));
    }
}
