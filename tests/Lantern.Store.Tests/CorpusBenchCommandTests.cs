namespace Lantern.Store.Tests;

/// <summary><c>lantern corpus-bench</c> refuses bad sizes before it touches the database.</summary>
public sealed class CorpusBenchCommandTests
{
    [Theory]
    [InlineData("--articles", "0")]
    [InlineData("--batch", "0")]
    [InlineData("--batch", "-5")]
    [InlineData("--queries", "0")]
    public void Given_a_size_below_one_When_benchmarked_Then_usage_error_naming_the_option_and_no_database_is_made(string option, string value) =>
        Cli.AssertRefusedBeforeTheDatabase("corpus-bench", option, value);

    [Fact]
    public void Given_vectors_0_When_benchmarked_Then_it_means_no_vectors_as_the_default_does_and_below_0_is_refused()
    {
        var folder = Directory.CreateTempSubdirectory("lantern-corpus-bench-").FullName;
        try
        {
            var db = Path.Combine(folder, "bench.db");

            var refused = Cli.Run("corpus-bench", "--db", db, "--vectors", "-1");
            var zero = Cli.Run("corpus-bench", "--db", db, "--vectors", "0", "--articles", "20", "--queries", "1");

            Assert.Equal(1, refused.Code);
            Assert.Equal("lantern: --vectors: must be 0 or more, not -1", refused.Err.Trim());
            Assert.Equal(0, zero.Code);
            Assert.Contains("20 (", zero.Out, StringComparison.Ordinal);
            Assert.DoesNotContain("vectors added", zero.Out, StringComparison.Ordinal);
        }
        finally
        {
            Directory.Delete(folder, recursive: true);
        }
    }
}
