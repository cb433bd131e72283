using Lantern.Measures;
using Xunit.Abstractions;

namespace Lantern.Tests.Voices;

/// <summary>
/// The voice resolver on two fixed sets of labelled passages: Fixtures/voices.tsv (46, written before the resolver
/// and used to develop it) and Fixtures/voices-heldout.tsv (20, written after, scored without tuning): direct
/// quotes, reported speech ("X said that…", "according to X"), author voice with traps ("He said nothing").
/// </summary>
public sealed class VoiceMeasureTests(ITestOutputHelper output)
{
    [Theory]
    [InlineData("voices.tsv", 46, 0.9, 0.85)]
    [InlineData("voices-heldout.tsv", 20, 0.9, 0.75)]
    public void Given_the_labelled_passages_When_scored_Then_voice_and_speaker_accuracy_meet_their_floors(string file, int passages, double minVoice, double minSpeaker)
    {
        var score = CallToActionMeasure.ScoreVoices(Path.Combine(AppContext.BaseDirectory, "Fixtures", file));
        output.WriteLine($"voice accuracy {score.VoiceAccuracy:F3} over {score.Passages}; speaker accuracy {score.SpeakerAccuracy:F3} over {score.SpeakerPassages}");
        foreach (var v in score.PerVoice)
        {
            output.WriteLine($"{v.Label}: P {v.Precision:F3} R {v.Recall:F3} ({v.TruePositives}/{v.Predicted} predicted, {v.Gold} gold)");
        }

        foreach (var e in score.Errors)
        {
            output.WriteLine(e);
        }

        Assert.Equal(passages, score.Passages);
        Assert.True(score.VoiceAccuracy >= minVoice, $"voice accuracy {score.VoiceAccuracy:F3}");
        Assert.True(score.SpeakerAccuracy >= minSpeaker, $"speaker accuracy {score.SpeakerAccuracy:F3}");
    }
}
