using Lantern.Errors;
using Lantern.Languages;
using Lantern.Languages.Internal;

namespace Lantern.Tests.Languages;

public sealed class NGramModelTests
{
    [Fact]
    public void Given_a_model_When_written_and_read_back_Then_it_scores_the_same()
    {
        var counts = new[] { new long[256], new long[256] };
        var buckets = new List<int>();
        NGramFeatures.Extract("aaaa abab", 8, buckets);
        buckets.ForEach(b => counts[0][b] += 3);
        buckets.Clear();
        NGramFeatures.Extract("zzzz zyzy", 8, buckets);
        buckets.ForEach(b => counts[1][b] += 3);
        var model = new NGramModel(["aa", "zz"], 8, 2f, NGramModel.CostsFrom(counts, 0.5), "test-1");
        using var stream = new MemoryStream();
        model.Write(stream);
        stream.Position = 0;

        var copy = NGramModel.Read(stream, "test");

        buckets.Clear();
        NGramFeatures.Extract("abba", 8, buckets);
        Assert.Equal(("test-1", 2f, 8), (copy.Version, copy.Temperature, copy.BucketBits));
        Assert.Equal(model.Posteriors(buckets), copy.Posteriors(buckets));
        Assert.True(copy.Posteriors(buckets)[0] > 0.5);
    }

    [Theory]
    [InlineData(new byte[] { })]
    [InlineData(new byte[] { 1, 2, 3, 4, 5, 6, 7, 8 })]
    [InlineData(new byte[] { 0x4C, 0x47, 0x49, 0x44, 1, 0, 0, 0, 1, (byte)'v', 16, 0, 0, 0 })]
    public void Given_a_corrupt_or_truncated_model_When_read_Then_a_model_error(byte[] bytes)
    {
        var error = Assert.Throws<ModelException>(() => NGramModel.Read(new MemoryStream(bytes), "bad.bin"));
        Assert.StartsWith("bad.bin: model file is corrupt", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Given_upper_and_lower_case_When_featurised_Then_the_buckets_are_the_same()
    {
        var upper = new List<int>();
        var lower = new List<int>();
        var letters = NGramFeatures.Extract("Der HUND", 16, upper);
        NGramFeatures.Extract("der hund", 16, lower);

        Assert.Equal(lower, upper);
        Assert.Equal(7, letters);
    }
}
