using Lantern.Store.Comparison;

namespace Lantern.Store.Tests;

public sealed class SourceComparisonTests
{
    private static List<ArticleTechniques> Articles(int count, int loaded, int doubt, int offset) =>
        [.. Enumerable.Range(0, count).Select(i => new ArticleTechniques(offset + i, 200, new Dictionary<string, int>
        {
            ["Loaded_Language"] = loaded + (i % 3),
            ["Doubt"] = doubt + (i % 2),
        }))];

    [Fact]
    public void Given_a_source_with_far_more_loaded_language_When_compared_Then_that_difference_comes_first_with_an_interval_above_zero()
    {
        var a = Articles(40, loaded: 6, doubt: 1, offset: 0);
        var b = Articles(40, loaded: 1, doubt: 1, offset: 1000);

        var differences = SourceComparison.Compare(a, b, resamples: 500, seed: 7);

        var first = differences[0];
        Assert.Equal("Loaded_Language", first.Technique);
        Assert.Equal(((6 + 1) * 1000.0 / 200) - ((1 + 1) * 1000.0 / 200), first.RateDifference, 6);
        Assert.True(first.RateLow > 0 && first.RateLow <= first.RateDifference && first.RateDifference <= first.RateHigh);
        var doubt = Assert.Single(differences, d => d.Technique == "Doubt");
        Assert.Equal(0, doubt.RateDifference, 9);
        Assert.False(doubt.IsClear);
        Assert.Equal(23, differences.Count);
    }

    [Fact]
    public void Given_the_same_seed_When_compared_twice_Then_the_intervals_are_identical_and_another_seed_changes_them()
    {
        var a = Articles(25, loaded: 3, doubt: 0, offset: 0);
        var b = Articles(30, loaded: 2, doubt: 1, offset: 500);

        var once = SourceComparison.Compare(a, b, 300, seed: 3);
        var twice = SourceComparison.Compare(a, b, 300, seed: 3);
        var other = SourceComparison.Compare(a, b, 300, seed: 4);

        Assert.Equal(once, twice);
        Assert.NotEqual(once.Select(d => d.RateLow), other.Select(d => d.RateLow));
    }
}
