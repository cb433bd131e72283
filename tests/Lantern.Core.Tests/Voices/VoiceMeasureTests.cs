using Lantern.Measures;
using Xunit.Abstractions;

namespace Lantern.Tests.Voices;

/// <summary>
/// The voice resolver on the fixed set of 46 labelled passages (Fixtures/voices.tsv, written before the resolver):
/// direct quotes, reported speech ("X said that…", "according to X"), author voice with traps ("He said nothing").
/// </summary>
public sealed class VoiceMeasureTests(ITestOutputHelper output)
{
    [Fact]
    public void Given_the_labelled_passages_When_scored_Then_voice_and_speaker_accuracy_meet_their_floors()
    {
        var score = CallToActionMeasure.ScoreVoices(Path.Combine(AppContext.BaseDirectory, "Fixtures", "voices.tsv"));
        output.WriteLine($"voice accuracy {score.VoiceAccuracy:F3} over {score.Passages}; speaker accuracy {score.SpeakerAccuracy:F3} over {score.SpeakerPassages}");
        foreach (var v in score.PerVoice)
        {
            output.WriteLine($"{v.Label}: P {v.Precision:F3} R {v.Recall:F3} ({v.TruePositives}/{v.Predicted} predicted, {v.Gold} gold)");
        }

        foreach (var e in score.Errors)
        {
            output.WriteLine(e);
        }

        Assert.Equal(46, score.Passages);
        Assert.True(score.VoiceAccuracy >= 0.9, $"voice accuracy {score.VoiceAccuracy:F3}");
        Assert.True(score.SpeakerAccuracy >= 0.85, $"speaker accuracy {score.SpeakerAccuracy:F3}");
    }
}
