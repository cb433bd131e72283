using Lantern.Errors;

namespace Lantern.Cli.Tests;

public sealed class ExitCodeTests
{
    [Theory]
    [InlineData("bogus")]
    [InlineData("read", "--no-such-option", "x")]
    [InlineData("read")]
    [InlineData("read", "x", "--format", "xml")]
    [InlineData("read", "x", "--type", "pdf")]
    [InlineData("read", "x", "--max-bytes", "0")]
    [InlineData("read", "x", "--max-bytes", "lots")]
    [InlineData("eval")]
    [InlineData("eval", "--task", "sentiment", "--gold", "g", "--pred", "p")]
    [InlineData("eval", "--task", "genre", "--pred", "p")]
    [InlineData("eval", "--task", "genre", "--gold", "g")]
    public void Given_bad_arguments_When_run_Then_exit_code_is_1_with_one_line_on_stderr(params string[] args)
    {
        var r = CliRun.Run(args);

        Assert.Equal(ExitCodes.Usage, r.Code);
        var line = Assert.Single(r.ErrLines);
        Assert.StartsWith("lantern: ", line, StringComparison.Ordinal);
    }

    [Fact]
    public void Given_an_unknown_task_When_run_Then_the_message_lists_the_tasks()
    {
        var r = CliRun.Run("eval", "--task", "sentiment", "--gold", "g", "--pred", "p");

        Assert.Equal("lantern: --task: unknown value 'sentiment' (expected one of: genre, framing, paragraphs, spans)", r.Err.Trim());
    }

    [Fact]
    public void Given_a_missing_file_When_read_Then_exit_code_is_2()
    {
        var missing = Path.Combine(Path.GetTempPath(), "lantern-no-such-file-" + Guid.NewGuid().ToString("N") + ".txt");

        var r = CliRun.Run("read", missing);

        Assert.Equal(ExitCodes.InputRejected, r.Code);
        Assert.Equal($"lantern: {missing}: no such file or directory", r.Err.Trim());
        Assert.Equal(string.Empty, r.Out);
    }

    [Fact]
    public void Given_a_file_over_the_byte_limit_When_read_Then_it_is_refused_with_exit_code_2()
    {
        using var dir = new TempDir();
        var path = dir.File("big.txt", new string('a', 100));

        var r = CliRun.Run("read", path, "--max-bytes", "10");

        Assert.Equal(ExitCodes.InputRejected, r.Code);
        Assert.Equal($"lantern: {path}: 100 bytes is over the limit of 10 bytes (raise it with --max-bytes)", r.Err.Trim());
    }

    [Fact]
    public void Given_standard_input_over_the_byte_limit_When_read_Then_it_is_refused_with_exit_code_2()
    {
        var r = CliRun.RunWithInput(new byte[5000], "read", "-", "--max-bytes", "1000");

        Assert.Equal(ExitCodes.InputRejected, r.Code);
        var line = Assert.Single(r.ErrLines);
        Assert.StartsWith("lantern: -: ", line, StringComparison.Ordinal);
        Assert.Contains("over the limit", line, StringComparison.Ordinal);
    }

    [Fact]
    public void Given_each_kind_of_failure_When_classified_Then_it_maps_to_its_exit_code_and_one_line()
    {
        Assert.Equal((1, "bad"), LanternApp.Classify(LanternErrors.Usage("bad")));
        Assert.Equal((2, "x: no such file or directory"), LanternApp.Classify(LanternErrors.NotFound("x")));
        Assert.Equal((3, "m.onnx: model file not found (train one with 'lantern train' or restore the shipped models/)"), LanternApp.Classify(LanternErrors.ModelMissing("m.onnx")));
        var (code, message) = LanternApp.Classify(new InvalidOperationException("first\nsecond"));
        Assert.Equal(3, code);
        Assert.Equal("internal error: first second (InvalidOperationException; set LANTERN_DEBUG=1 for details)", message);
        var (dbCode, dbMessage) = LanternApp.Classify(new Microsoft.Data.Sqlite.SqliteException("database disk image is malformed", 11));
        Assert.Equal(3, dbCode);
        Assert.StartsWith("corpus database error: database disk image is malformed (SqliteException;", dbMessage, StringComparison.Ordinal);
        Assert.DoesNotContain('\n', dbMessage);
    }

    [Fact]
    public void Given_debug_off_When_a_command_fails_Then_no_stack_trace_is_printed_and_with_debug_it_is()
    {
        using var dir = new TempDir();
        var gold = dir.File("gold.txt", "1\topinion\n");
        var bad = dir.File("pred.txt", "1\tnews\n");

        var quiet = CliRun.RunAs(false, [], "eval", "--task", "genre", "--gold", gold, "--pred", bad);
        var loud = CliRun.RunAs(true, [], "eval", "--task", "genre", "--gold", gold, "--pred", bad);

        Assert.Equal(2, quiet.Code);
        Assert.Single(quiet.ErrLines);
        Assert.DoesNotContain("   at ", quiet.Err, StringComparison.Ordinal);
        Assert.Equal(2, loud.Code);
        Assert.Contains("   at ", loud.Err, StringComparison.Ordinal);
    }
}
