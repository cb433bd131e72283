using CsCheck;
using Lantern.Actions;

namespace Lantern.Tests.Actions;

public sealed class CallToActionDetectorTests
{
    [Fact]
    public void Given_an_imperative_to_fight_When_detected_Then_a_violent_author_call_with_its_cues_and_target()
    {
        Assert.Equal(
            """
            flag violent
            violent author 0-46 "Rise up and fight the invaders in the streets!" addressee=- target=the invaders
              exhortation 0-4 "Rise"
              action 0-7 "Rise up"
              action 12-17 "fight"
            """,
            CallDump.Of("Rise up and fight the invaders in the streets!"));
    }

    [Fact]
    public void Given_a_quoted_violent_call_and_an_author_vote_call_When_detected_Then_only_the_author_call_raises_the_flag()
    {
        Assert.Equal(
            """
            flag civic
            violent quoted [Ana Ruiz] 0-36 ""Burn their offices," said Ana Ruiz." addressee=- target=their offices
              exhortation 1-5 "Burn"
              action 1-5 "Burn"
            civic author 37-57 "We must vote in May." addressee=We target=-
              exhortation 40-44 "must"
              action 45-49 "vote"
            """,
            CallDump.Of("\"Burn their offices,\" said Ana Ruiz. We must vote in May."));
    }

    [Fact]
    public void Given_a_figurative_object_When_detected_Then_the_call_is_civic_and_the_object_is_the_softener()
    {
        Assert.Equal(
            """
            flag civic
            civic author 0-51 "We must fight inflation before it eats our savings." addressee=We target=inflation
              exhortation 3-7 "must"
              action 8-13 "fight"
              softener 14-23 "inflation"
            """,
            CallDump.Of("We must fight inflation before it eats our savings."));
    }

    [Fact]
    public void Given_a_past_tense_uprising_When_detected_Then_there_is_no_call()
    {
        Assert.Equal("flag none", CallDump.Of("In 1848, students rose up and fought the royal troops. They had to fight."));
    }

    [Fact]
    public void Given_reported_speech_When_detected_Then_the_call_is_reported_with_its_speaker_and_no_flag()
    {
        Assert.Equal(
            """
            flag none
            violent reported [general] 0-61 "The general said that troops must crush the rebels by spring." addressee=troops target=the rebels
              exhortation 29-33 "must"
              action 34-39 "crush"
            """,
            CallDump.Of("The general said that troops must crush the rebels by spring."));
    }

    [Fact]
    public void Given_a_german_call_to_arms_When_detected_Then_it_is_violent()
    {
        Assert.Equal(
            """
            flag violent
            violent author 0-51 "Greift zu den Waffen und kämpft gegen die Besatzer!" addressee=- target=die Besatzer
              exhortation 0-6 "Greift"
              action 0-20 "Greift zu den Waffen"
              action 25-31 "kämpft"
            """,
            CallDump.Of("Greift zu den Waffen und kämpft gegen die Besatzer!"));
    }

    [Fact]
    public void Given_any_text_of_cue_words_When_detected_Then_every_call_and_cue_is_exact_text_inside_its_sentence()
    {
        string[] vocabulary = ["we", "must", "fight", "let", "us", "vote", "the", "bill", "kill", "them", "\"", ",", ".", "!", "it", "is", "time", "to",
            "said", "Anna", "Berg", "boycott", "rise", "up", "and", "peacefully", "be", "deported", "Citizens", "\n", "война", "пора", "голосовать"];
        Gen.Int[0, vocabulary.Length - 1].Select(i => vocabulary[i]).Array[1, 40].Select(w => string.Join(' ', w)).Sample(text =>
        {
            var report = CallDump.Detect(text);
            foreach (var c in report.Calls)
            {
                Assert.Equal(c.Text, c.Span.Of(text));
                Assert.All(c.Cues, x =>
                {
                    Assert.Equal(x.Text, x.Span.Of(text));
                    Assert.True(c.Span.Contains(x.Span));
                });
            }

            Assert.Equal(report.Flag is not null, report.Calls.Any(c => !c.Voice.IsOthers));
        }, iter: 500);
    }
}
