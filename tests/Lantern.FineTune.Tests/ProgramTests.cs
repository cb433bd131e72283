using Lantern.FineTune;

namespace Lantern.FineTune.Tests;

/// <summary>The tool's arguments: a misspelt or malformed option is a usage error (exit 1), never silently ignored.</summary>
public sealed class ProgramTests
{
    [Theory]
    [InlineData("--strid", "96")]
    [InlineData("--epoch", "2")]
    [InlineData("--stride", "ninety")]
    [InlineData("--window", "-1")]
    public void Given_an_unknown_or_malformed_option_When_the_tool_starts_Then_it_exits_with_a_usage_error_before_reading_data(string option, string value)
    {
        var missing = Path.Combine(Path.GetTempPath(), "lantern-finetune-no-such-folder-" + Guid.NewGuid().ToString("N"));
        var output = Path.Combine(missing, "out.onnx");

        Assert.Equal(1, Program.Main(["--data", missing, "--out", output, option, value]));
        Assert.False(Directory.Exists(missing));
    }

    [Fact]
    public void Given_help_When_the_tool_starts_Then_it_exits_with_zero() => Assert.Equal(0, Program.Main(["--help"]));
}
