using System.Text.RegularExpressions;

namespace Lantern.Cli.Tests;

public sealed class HelpAndVersionTests
{
    [Fact]
    public void Given_version_flag_When_run_Then_the_informational_version_is_printed()
    {
        var r = CliRun.Run("--version");

        Assert.Equal(0, r.Code);
        Assert.Equal(LanternApp.Version, r.Out.Trim());
        Assert.Matches(new Regex(@"^\d+\.\d+\.\d+"), r.Out);
    }

    [Fact]
    public void Given_help_flag_When_run_Then_every_verb_and_an_example_are_listed()
    {
        var r = CliRun.Run("--help");

        Assert.Equal(0, r.Code);
        Assert.Contains("USAGE:", r.Out, StringComparison.Ordinal);
        Assert.Contains("lantern [OPTIONS] <COMMAND>", r.Out, StringComparison.Ordinal);
        Assert.Matches(new Regex(@"\n\s+read <FILE>\s+Read an article"), r.Out);
        Assert.Matches(new Regex(@"\n\s+eval\s+Score predictions"), r.Out);
        Assert.Contains("lantern read examples/city-council-opinion.txt", r.Out, StringComparison.Ordinal);
        Assert.Equal(string.Empty, r.Err);
    }

    [Fact]
    public void Given_eval_help_When_run_Then_its_options_and_examples_are_shown()
    {
        var r = CliRun.Run("eval", "--help");

        Assert.Equal(0, r.Code);
        foreach (var option in new[] { "-t, --task <TASK>", "-g, --gold <PATH>", "-p, --pred <PATH>", "--max-bytes <N>" })
        {
            Assert.Contains(option, r.Out, StringComparison.Ordinal);
        }

        Assert.Contains("lantern eval --task genre --gold data/en --pred genres.txt", r.Out, StringComparison.Ordinal);
    }

    [Fact]
    public void Given_read_help_When_run_Then_its_argument_and_options_are_shown()
    {
        var r = CliRun.Run("read", "--help");

        Assert.Equal(0, r.Code);
        foreach (var option in new[] { "<FILE>", "--format <FORMAT>", "--lenient", "--max-bytes <N>", "--type <TYPE>" })
        {
            Assert.Contains(option, r.Out, StringComparison.Ordinal);
        }
    }

    [Fact]
    public void Given_no_arguments_When_run_Then_help_is_shown_with_the_usage_exit_code()
    {
        var r = CliRun.Run();

        Assert.Equal(ExitCodes.Usage, r.Code);
        Assert.Contains("USAGE:", r.Out, StringComparison.Ordinal);
    }
}
