namespace Lantern.Store.Tests;

/// <summary><c>lantern corpus-bench</c> refuses bad sizes before it touches the database.</summary>
public sealed class CorpusBenchCommandTests
{
    [Theory]
    [InlineData("--articles", "0")]
    [InlineData("--batch", "0")]
    [InlineData("--batch", "-5")]
    [InlineData("--queries", "0")]
    public void Given_a_size_below_one_When_benchmarked_Then_usage_error_naming_the_option_and_no_database_is_made(string option, string value)
    {
        var folder = Directory.CreateTempSubdirectory("lantern-corpus-bench-").FullName;
        try
        {
            var db = Path.Combine(folder, "bench.db");

            var (code, _, err) = Cli.Run("corpus-bench", "--db", db, option, value);

            Assert.Equal(1, code);
            Assert.Equal($"lantern: {option}: must be at least 1, not {value}", err.Trim());
            Assert.False(File.Exists(db));
        }
        finally
        {
            Directory.Delete(folder, recursive: true);
        }
    }
}
