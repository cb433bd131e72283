using System.Reflection;
using System.Text.RegularExpressions;
using Lantern.Actions;
using Lantern.Voices;

namespace Lantern.Tests.Actions;

/// <summary>
/// A regex time-out must never escape the analysis: on a CPU-starved machine a 200 ms wall-clock time-out fired on an
/// ordinary article and killed `lantern worker` (RegexMatchTimeoutException, found by scripts/crash-safety.sh). Linear
/// word patterns have no time-out; patterns that keep one give fewer matches, not an exception.
/// </summary>
public sealed class RegexTimeOutTests
{
    [Fact]
    public void Given_the_call_to_action_word_pattern_When_inspected_Then_it_has_no_wall_clock_time_out()
    {
        var pattern = (Regex)typeof(CallToActionDetector).GetMethod("TokenPattern", BindingFlags.NonPublic | BindingFlags.Static)!.Invoke(null, null)!;

        Assert.Equal(Regex.InfiniteMatchTimeout, pattern.MatchTimeout);
    }

    [Fact]
    public void Given_a_pattern_that_times_out_after_two_matches_When_voice_cues_are_matched_Then_the_two_come_back_and_nothing_is_thrown()
    {
        // Two quick matches, then exponential backtracking over 60 a's with no c: the time-out fires in NextMatch, after
        // the first Match succeeded (the case the old code did not catch). Overlapping branches, so the engine cannot
        // make the loop atomic and skip the backtracking.
        var pattern = new Regex("said|(a|aa)+c", RegexOptions.None, TimeSpan.FromMilliseconds(50));
        var text = "she said it, he said it, " + new string('a', 60) + "!";
        Assert.Throws<RegexMatchTimeoutException>(() => pattern.Match(text).NextMatch().NextMatch());

        var found = VoiceResolver.MatchesWithin(pattern, text);

        Assert.Equal(["said", "said"], found.Select(m => m.Value));
        Assert.Equal([4, 16], found.Select(m => m.Index));
    }
}
