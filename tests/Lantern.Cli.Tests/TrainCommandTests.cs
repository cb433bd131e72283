namespace Lantern.Cli.Tests;

public sealed class TrainCommandTests
{
    [Theory]
    [InlineData("train")]
    [InlineData("train", "--data", "d", "--cv", "1")]
    [InlineData("train", "--data", "d", "--cv", "-2")]
    [InlineData("train", "--data", "d", "--langs", "en,xx")]
    [InlineData("train", "--data", "d", "--max-articles", "0")]
    [InlineData("train", "--data", "d", "--threads", "0")]
    [InlineData("train", "--data", "d", "--genre-langs", "fr,xx")]
    [InlineData("train", "--data", "d", "--precision", "fp16")]
    [InlineData("train", "--data", "d", "--cv-folds", "6")]
    [InlineData("train", "--data", "d", "--cv-folds", "one")]
    [InlineData("train", "--data", "d", "--cv", "0", "--cv-folds", "1")]
    public void Given_bad_train_arguments_When_run_Then_exit_code_is_1_with_one_line_on_stderr(params string[] args)
    {
        var r = CliRun.Run(args);

        Assert.Equal(ExitCodes.Usage, r.Code);
        var line = Assert.Single(r.ErrLines);
        Assert.StartsWith("lantern: ", line, StringComparison.Ordinal);
    }

    [Fact]
    public void Given_a_missing_data_folder_When_training_Then_exit_code_is_2_naming_the_folder()
    {
        var missing = Path.Combine(Path.GetTempPath(), "lantern-no-such-data-" + Guid.NewGuid().ToString("N"));
        var r = CliRun.Run("train", "--data", missing, "--out", Path.Combine(missing, "out"), "--cv", "0");

        Assert.Equal(ExitCodes.InputRejected, r.Code);
        Assert.Contains(missing, Assert.Single(r.ErrLines), StringComparison.Ordinal);
    }

    [Fact]
    public void Given_train_help_When_run_Then_its_options_are_listed()
    {
        var r = CliRun.Run("train", "--help");

        Assert.Equal(ExitCodes.Ok, r.Code);
        foreach (var option in new[] { "--data", "--out", "--cv", "--seed", "--langs", "--max-articles", "--cv-folds", "--encoder-model" })
        {
            Assert.Contains(option, r.Out, StringComparison.Ordinal);
        }
    }
}
