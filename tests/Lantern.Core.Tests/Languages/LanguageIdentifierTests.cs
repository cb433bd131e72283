using Lantern.Languages;

namespace Lantern.Tests.Languages;

public sealed class LanguageIdentifierTests
{
    private static readonly LanguageIdentifier Identifier = LanguageIdentifier.Default;

    [Theory]
    [InlineData("en", "The committee will publish its final report next week, after months of hearings and public consultation.")]
    [InlineData("en", "Nobody in the village expected the old bridge to survive another winter of storms.")]
    [InlineData("fr", "Le gouvernement a présenté hier un nouveau projet de loi sur les retraites, qui suscite déjà de vives critiques.")]
    [InlineData("fr", "Les habitants du quartier se plaignent depuis des années du bruit et de la circulation.")]
    [InlineData("de", "Die Regierung hat am Mittwoch einen neuen Gesetzentwurf vorgelegt, der bereits heftig kritisiert wird.")]
    [InlineData("de", "Viele Menschen in der Stadt warten seit Monaten auf eine bezahlbare Wohnung.")]
    [InlineData("it", "Il governo ha presentato ieri una nuova proposta di legge sulle pensioni, già oggetto di forti critiche.")]
    [InlineData("it", "Gli abitanti del quartiere si lamentano da anni del rumore e del traffico nelle strade.")]
    [InlineData("pl", "Rząd przedstawił wczoraj nowy projekt ustawy o emeryturach, który już wywołuje ostrą krytykę.")]
    [InlineData("pl", "Mieszkańcy dzielnicy od lat skarżą się na hałas i korki na ulicach miasta.")]
    [InlineData("es", "El gobierno presentó ayer un nuevo proyecto de ley sobre las pensiones, que ya provoca fuertes críticas.")]
    [InlineData("es", "Los vecinos del barrio se quejan desde hace años del ruido y del tráfico en las calles.")]
    [InlineData("ru", "Правительство вчера представило новый законопроект о пенсиях, который уже вызвал резкую критику.")]
    [InlineData("ru", "Жители района уже много лет жалуются на шум и пробки на улицах города.")]
    [InlineData("ar", "قدمت الحكومة أمس مشروع قانون جديد بشأن المعاشات التقاعدية أثار انتقادات حادة.")]
    [InlineData("ar", "يشتكي سكان الحي منذ سنوات من الضجيج وازدحام حركة المرور في الشوارع.")]
    public void Given_a_sentence_in_a_known_language_When_identified_Then_its_code_with_confidence_above_the_threshold(string code, string sentence)
    {
        var detection = Identifier.Identify(sentence);

        Assert.Equal(code, detection.Code);
        Assert.InRange(detection.Confidence, Identifier.Options.Threshold, 1.0);
    }

    [Theory]
    [InlineData("")]
    [InlineData("   ")]
    [InlineData("😀🎉👍")]
    [InlineData("12.5 % — 2024")]
    [InlineData("OK")]
    public void Given_no_letters_or_almost_none_When_identified_Then_und_with_zero_confidence(string text)
    {
        var detection = Identifier.Identify(text);

        Assert.Equal(("und", 0.0), (detection.Code, detection.Confidence));
    }

    [Theory]
    [InlineData("Merci")]
    [InlineData("Danke schön")]
    [InlineData("Gracias 😀")]
    public void Given_a_short_paragraph_When_identified_Then_und_with_a_low_confidence(string text)
    {
        var detection = Identifier.Identify(text);

        Assert.Equal("und", detection.Code);
        Assert.InRange(detection.Confidence, 0.0, Identifier.Options.Threshold);
    }

    [Fact]
    public void Given_a_paragraph_half_latin_half_cyrillic_When_identified_Then_und()
    {
        var detection = Identifier.Identify("The minister arrived early today. Министр приехал сегодня рано утром.");

        Assert.Equal("und", detection.Code);
    }

    [Theory]
    [InlineData("Η κυβέρνηση παρουσίασε χθες ένα νέο νομοσχέδιο για τις συντάξεις.", Script.Greek)]
    [InlineData("הממשלה הציגה אתמול הצעת חוק חדשה בנושא הפנסיות והביקורת כבר החלה.", Script.Hebrew)]
    [InlineData("政府昨天提出了一项关于养老金的新法案，已经引起了强烈批评。政府昨天提出了一项关于养老金的新法案。", Script.Cjk)]
    public void Given_a_script_without_a_model_When_identified_Then_und_with_the_script(string text, Script script)
    {
        var detection = Identifier.Identify(text);

        Assert.Equal(("und", script), (detection.Code, detection.Script));
    }

    [Theory]
    [InlineData("Уряд учора представив новий законопроєкт про пенсії, який уже викликав різку критику.", "uk")]
    [InlineData("Влада је јуче представила нови нацрт закона о пензијама, који је већ изазвао оштру критику.", "sr")]
    public void Given_cyrillic_with_letters_russian_lacks_When_identified_Then_not_russian(string text, string code) =>
        Assert.Equal(code, Identifier.Identify(text).Code);

    [Fact]
    public void Given_a_longer_text_When_identified_Then_it_is_at_least_as_sure_as_its_first_sentence()
    {
        const string first = "Il governo ha presentato ieri una proposta.";
        var shortOne = Identifier.Identify(first);
        var longOne = Identifier.Identify(first + " Gli abitanti del quartiere si lamentano da anni del rumore e del traffico.");

        Assert.True(longOne.Confidence >= shortOne.Confidence, $"{longOne} < {shortOne}");
    }

    [Fact]
    public void Given_the_embedded_model_When_loaded_Then_it_knows_the_six_latin_languages() =>
        Assert.Equal(["en", "fr", "de", "it", "pl", "es"], Identifier.ModelLanguages);

    [Theory]
    [InlineData("Die Regierung hat am Mittwoch einen neuen Gesetzentwurf vorgelegt, der heftig kritisiert wird.", "ge")]
    [InlineData("Rząd przedstawił wczoraj nowy projekt ustawy o emeryturach, który wywołuje krytykę.", "po")]
    public void Given_a_semeval_alias_When_compared_Then_the_detection_matches_it(string sentence, string alias)
    {
        var detection = Identifier.Identify(sentence);

        Assert.True(detection.Is(alias), detection.ToString());
        Assert.False(detection.Is("en"));
    }
}
