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
        var article = settings.File == LanternApp.StandardInput ? ReadStandardInput(options, cancellationToken) : ReadFile(settings.File, options);
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

    private Article ReadStandardInput(ReadOptions options, CancellationToken cancellationToken)
    {
        using var input = console.OpenInput();
        return ArticleReaders.Read(input, "-", options.Format, options, cancellationToken);
    }
}
