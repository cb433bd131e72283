using Lantern.Articles;
using Lantern.Cli.Internal;
using Lantern.Errors;
using Lantern.Reading;
using Lantern.Segmentation;
using Spectre.Console.Cli;

namespace Lantern.Cli.Commands;

/// <summary>
/// <c>lantern read</c>: reads one article (<see cref="ArticleReaders"/>), segments it
/// (<see cref="DocumentSegmenter"/>) and prints the result as text or JSON.
/// </summary>
public sealed class ReadCommand(CliConsole console) : Command<ReadSettings>
{
    public override int Execute(CommandContext context, ReadSettings settings, CancellationToken cancellationToken)
    {
        var options = settings.ToReadOptions();
        var article = settings.File == LanternApp.StandardInput ? ReadStandardInput(options) : ReadFile(settings.File, options);
        var document = DocumentSegmenter.Default.Segment(article, cancellationToken);
        console.Out.Write(settings.Format == "json" ? Json.Serialize(DocumentView.Of(document)) + "\n" : DocumentText.Of(document));
        return ExitCodes.Ok;
    }

    private static Article ReadFile(string path, ReadOptions options)
    {
        var info = new FileInfo(path);
        if (!info.Exists)
        {
            throw LanternErrors.NotFound(path);
        }

        // Checked here too so that a huge file is refused before any reader touches it.
        if (info.Length > options.MaxBytes)
        {
            throw LanternErrors.TooLarge(path, info.Length, options.MaxBytes);
        }

        return ArticleReaders.ReadFile(path, options);
    }

    // Standard input is copied (at most MaxBytes + 1 bytes) to a temporary file that the readers
    // read like any other, named by --type so the right reader is picked.
    private Article ReadStandardInput(ReadOptions options)
    {
        var extension = options.Format switch
        {
            "html" => ".html",
            _ => ".txt",
        };
        var temp = Path.Combine(Path.GetTempPath(), $"lantern-stdin-{Guid.NewGuid():N}{extension}");
        try
        {
            long copied;
            using (var input = console.OpenInput())
            using (var output = File.Create(temp))
            {
                copied = CopyAtMost(input, output, options.MaxBytes + 1);
            }

            if (copied > options.MaxBytes)
            {
                throw LanternErrors.TooLarge("stdin", copied, options.MaxBytes);
            }

            var article = ArticleReaders.ReadFile(temp, options);
            return article with { Id = "stdin" };
        }
        catch (InputRejectedException e) when (e.Message.StartsWith(temp, StringComparison.Ordinal))
        {
            // The readers name the file they read; the user gave standard input.
            throw LanternErrors.Malformed("stdin", e.Message[(temp.Length + 2)..]);
        }
        finally
        {
            File.Delete(temp);
        }
    }

    private static long CopyAtMost(Stream input, Stream output, long limit)
    {
        var buffer = new byte[81920];
        long total = 0;
        int n;
        while (total < limit && (n = input.Read(buffer, 0, (int)Math.Min(buffer.Length, limit - total))) > 0)
        {
            output.Write(buffer, 0, n);
            total += n;
        }

        return total;
    }
}
