using System.Text;
using Lantern.Errors;
using Lantern.Articles;
using Lantern.Reading;
using Lantern.Segmentation;
using Lantern.Text;

namespace Lantern.Core.Tests.Reading;

/// <summary>Decoding shared by every reader: BOM, line ends, strict and lenient UTF-8, binary, empty, size limit.</summary>
public sealed class Utf8InputTests
{
    private static Article Read(byte[] bytes, ReadOptions? options = null) =>
        PlainTextReader.Read(new MemoryStream(bytes), "input.txt", options);

    [Fact]
    public void Given_a_file_with_a_BOM_When_read_Then_the_BOM_is_not_part_of_the_text()
    {
        var article = Read([0xEF, 0xBB, 0xBF, .. "Title\n\nBody."u8]);

        Assert.Equal("Title\n\nBody.", article.Text);
        Assert.True(article.HasByteOrderMark);
        Assert.Equal(new TextSpan(0, 5), article.TitleSpan);
    }

    [Fact]
    public void Given_a_file_without_a_BOM_When_read_Then_the_text_is_every_byte_decoded()
    {
        var article = Read("Titre été\n\nCorps."u8.ToArray());

        Assert.Equal("Titre été\n\nCorps.", article.Text);
        Assert.False(article.HasByteOrderMark);
    }

    [Theory]
    [InlineData("One\r\n\r\nTwo\r\nThree\r\n")]
    [InlineData("One\n\nTwo\nThree\n")]
    [InlineData("One\r\rTwo\rThree\r")]
    [InlineData("One\r\n\nTwo\rThree")]
    public void Given_any_line_ends_When_read_Then_the_text_keeps_them_exactly(string text)
    {
        var article = Read(Encoding.UTF8.GetBytes(text));

        Assert.Equal(text, article.Text);
        Assert.Equal("One", article.TitleSpan!.Value.Of(article.Text));
        Assert.Equal(["One", "Two", "Three"], LineParagraphs.Split(article.Text).Select(p => p.Span.Of(article.Text)));
    }

    [Fact]
    public void Given_invalid_UTF8_When_read_strictly_Then_it_is_refused_with_the_byte_offset_of_the_first_bad_byte()
    {
        // "Abc é" is 6 bytes, then a lone continuation byte at offset 6, and a truncated sequence later.
        byte[] bytes = [.. "Abc é"u8, 0x80, .. " more "u8, 0xE2, 0x82];

        var error = Assert.Throws<InputRejectedException>(() => Read(bytes));

        Assert.Equal(LanternErrors.InvalidUtf8("input.txt", 6).Message, error.Message);
    }

    [Fact]
    public void Given_invalid_UTF8_after_a_BOM_When_read_Then_the_offset_counts_the_BOM_bytes()
    {
        byte[] bytes = [0xEF, 0xBB, 0xBF, .. "ok"u8, 0xFF];

        var error = Assert.Throws<InputRejectedException>(() => Read(bytes));

        Assert.Equal(LanternErrors.InvalidUtf8("input.txt", 5).Message, error.Message);
    }

    [Fact]
    public void Given_invalid_UTF8_When_read_leniently_Then_bad_bytes_become_replacement_characters_and_a_warning_says_so()
    {
        byte[] bytes = [.. "Abc "u8, 0x80, .. " and "u8, 0xFF, .. "."u8];

        var article = Read(bytes, new ReadOptions { Lenient = true });

        Assert.Equal("Abc \uFFFD and \uFFFD.", article.Text);
        var warning = Assert.Single(article.Warnings);
        Assert.Contains("2 invalid UTF-8", warning, StringComparison.Ordinal);
        Assert.Contains("byte 4", warning, StringComparison.Ordinal);
    }

    [Fact]
    public void Given_a_NUL_byte_When_read_Then_it_is_refused_as_binary_with_its_offset()
    {
        byte[] bytes = [.. "PK"u8, 0x03, 0x04, 0x00, 0x14];

        var error = Assert.Throws<InputRejectedException>(() => Read(bytes));

        Assert.Equal(LanternErrors.BinaryInput("input.txt", 4).Message, error.Message);
    }

    [Theory]
    [InlineData("")]
    [InlineData("   \n\t\r\n  ")]
    [InlineData("\uFEFF")]
    public void Given_empty_or_whitespace_only_input_When_read_Then_it_is_refused_as_empty(string text)
    {
        var error = Assert.Throws<InputRejectedException>(() => Read(Encoding.UTF8.GetBytes(text)));

        Assert.Equal(LanternErrors.EmptyInput("input.txt").Message, error.Message);
    }

    [Fact]
    public void Given_UTF16_text_When_read_Then_it_is_refused_with_a_hint()
    {
        var bytes = Encoding.Unicode.GetPreamble().Concat(Encoding.Unicode.GetBytes("Title")).ToArray();

        var error = Assert.Throws<InputRejectedException>(() => Read(bytes));

        Assert.Equal(LanternErrors.UnsupportedEncoding("input.txt", "UTF-16").Message, error.Message);
    }

    [Fact]
    public void Given_a_200MB_file_When_read_with_the_default_limit_Then_it_is_refused_from_its_length_without_loading_it()
    {
        using var dir = new TempDirectory();
        var path = dir.File("huge.txt");
        const long size = 200L * 1024 * 1024;
        using (var file = new FileStream(path, FileMode.Create))
        {
            // Sparse: the length is set without writing 200 MB. Its content (NUL bytes) would be refused as
            // binary if it were ever read, so the TooLarge error proves the length was checked first.
            file.SetLength(size);
        }

        var error = Assert.Throws<InputRejectedException>(() => ArticleReaders.ReadFile(path));

        Assert.Equal(LanternErrors.TooLarge(path, size, ReadOptions.Default.MaxBytes).Message, error.Message);
    }

    [Fact]
    public void Given_a_file_just_under_a_small_limit_When_read_Then_it_is_accepted_and_one_byte_more_is_refused()
    {
        using var dir = new TempDirectory();
        var options = new ReadOptions { MaxBytes = 20 };
        var fits = dir.File("fits.txt", "Twenty bytes exactly");
        var over = dir.File("over.txt", "Twenty-one bytes now!");

        Assert.Equal("Twenty bytes exactly", ArticleReaders.ReadFile(fits, options).Text);
        var error = Assert.Throws<InputRejectedException>(() => ArticleReaders.ReadFile(over, options));
        Assert.Equal(LanternErrors.TooLarge(over, 21, 20).Message, error.Message);
    }

    [Fact]
    public void Given_an_endless_non_seekable_stream_When_read_Then_it_is_refused_while_streaming_soon_after_the_limit()
    {
        const long limit = 1 << 20;
        var stream = new CountingStream(long.MaxValue, (byte)'a');

        var error = Assert.Throws<InputRejectedException>(() =>
            ArticleReaders.Read(stream, "-", options: new ReadOptions { MaxBytes = limit }));

        Assert.Equal(LanternErrors.TooLargeStream("-", limit).Message, error.Message);
        Assert.InRange(stream.BytesRead, limit, limit + (1 << 16));
    }
}
