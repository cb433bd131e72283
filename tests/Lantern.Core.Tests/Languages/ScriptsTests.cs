using System.Text;
using Lantern.Languages;

namespace Lantern.Tests.Languages;

public sealed class ScriptsTests
{
    [Theory]
    [InlineData("a", Script.Latin)]
    [InlineData("ł", Script.Latin)]
    [InlineData("ж", Script.Cyrillic)]
    [InlineData("ع", Script.Arabic)]
    [InlineData("ש", Script.Hebrew)]
    [InlineData("λ", Script.Greek)]
    [InlineData("न", Script.Devanagari)]
    [InlineData("東", Script.Cjk)]
    [InlineData("タ", Script.Cjk)]
    [InlineData("한", Script.Cjk)]
    [InlineData("𠀀", Script.Cjk)]
    [InlineData("7", Script.Common)]
    [InlineData("😀", Script.Common)]
    [InlineData("\u0651", Script.Inherited)]
    public void Given_a_character_When_classified_Then_its_script(string character, Script script) =>
        Assert.Equal(script, Scripts.Of(Rune.GetRuneAt(character, 0)));

    [Fact]
    public void Given_english_with_an_arabic_word_When_the_main_script_is_found_Then_latin_with_its_share()
    {
        var (script, share, letters) = Scripts.Main("Peace سلام");

        Assert.Equal((Script.Latin, 5.0 / 9, 9), (script, share, letters));
    }
}
