using System.Text.Json;

namespace Lantern.Cli.Tests;

/// <summary>What <c>lantern analyze</c> does with input it must not trust.</summary>
public sealed class AnalyzeBadInputTests : IDisposable
{
    private readonly TempDir dir = new();

    [Fact]
    public void Given_binary_data_When_analysed_Then_exit_code_is_2_with_one_line_naming_the_NUL_byte()
    {
        var path = dir.Bytes("blob.txt", [0x50, 0x4B, 0x03, 0x04, 0x00, 0x00, 0x41, 0x42]);

        var r = CliRun.Run("analyze", path, "--format", "json");

        Assert.Equal(ExitCodes.InputRejected, r.Code);
        var line = Assert.Single(r.ErrLines);
        Assert.Contains("binary", line, StringComparison.Ordinal);
        Assert.Equal(string.Empty, r.Out);
    }

    [Fact]
    public void Given_invalid_utf8_When_analysed_Then_exit_code_is_2_and_the_byte_offset_is_reported()
    {
        // "Title\n\nBad " is 11 bytes; 0xC3 0x28 is an invalid two-byte sequence starting at byte 11.
        var path = dir.Bytes("bad.txt", [.. "Title\n\nBad "u8, 0xC3, 0x28, .. " text.\n"u8]);

        var r = CliRun.Run("analyze", path, "--format", "json");

        Assert.Equal(ExitCodes.InputRejected, r.Code);
        var line = Assert.Single(r.ErrLines);
        Assert.Contains("byte 11", line, StringComparison.Ordinal);
    }

    [Fact]
    public void Given_a_file_over_the_size_limit_When_analysed_Then_it_is_refused_without_being_loaded()
    {
        var path = Path.Combine(dir.Path, "huge.txt");
        using (var stream = File.Create(path))
        {
            stream.SetLength(200L * 1024 * 1024); // sparse: costs no disk and must never be read
        }

        var r = CliRun.Run("analyze", path, "--format", "json");

        Assert.Equal(ExitCodes.InputRejected, r.Code);
        var line = Assert.Single(r.ErrLines);
        Assert.Contains("over the limit", line, StringComparison.Ordinal);
    }

    [Fact]
    public void Given_a_hostile_html_page_When_analysed_Then_no_script_text_reaches_the_analysis_and_spans_match_the_text()
    {
        const string page = """
            <!DOCTYPE html><html><head><title>Harbor Falls</title>
            <script>document.write('stolen cookies')</script><style>body{display:none}</style></head>
            <body><nav>Home | News</nav><article><h1>These Cowards Betrayed Harbor Falls</h1>
            <p onclick="alert(1)">The council's disgraceful vote is a shameful betrayal of every family in town.</p>
            <img src=x onerror="alert('pwned')"><p>They lied, they cheated, and they will do it again unless we stop them now.</p>
            <!-- <script>alert('comment')</script> --></article><footer>Copyright</footer></body></html>
            """;
        var path = dir.File("hostile.html", page);

        var r = CliRun.Run("analyze", path, "--format", "json");

        Assert.Equal(ExitCodes.Ok, r.Code);
        using var json = JsonDocument.Parse(r.Out);
        var root = json.RootElement;
        var text = root.GetProperty("text").GetString()!;
        Assert.DoesNotContain("stolen cookies", text, StringComparison.Ordinal);
        Assert.DoesNotContain("alert", text, StringComparison.Ordinal);
        Assert.DoesNotContain("display:none", text, StringComparison.Ordinal);
        Assert.Contains("shameful betrayal", text, StringComparison.Ordinal);
        Assert.All(root.GetProperty("spans").EnumerateArray(), s => Assert.Equal(
            s.GetProperty("text").GetString(),
            text.Substring(s.GetProperty("start").GetInt32(), s.GetProperty("length").GetInt32())));
    }

    public void Dispose() => dir.Dispose();
}
