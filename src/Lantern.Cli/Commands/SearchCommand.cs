using System.Globalization;
using System.Text.RegularExpressions;
using Lantern.Cli.Internal;
using Lantern.Store;
using Spectre.Console;
using Spectre.Console.Cli;

namespace Lantern.Cli.Commands;

/// <summary><c>lantern search "words"</c>: ranked full-text hits with highlighted snippets and the techniques of each article.</summary>
public sealed partial class SearchCommand(CliConsole console) : AsyncCommand<SearchSettings>
{
    public override async Task<int> ExecuteAsync(CommandContext context, SearchSettings settings, CancellationToken cancellationToken)
    {
        var format = OptionValues.OneOf("--format", settings.Format, console.OutputIsTerminal ? "text" : "json", "text", "json");
        var limit = OptionValues.Positive("--limit", settings.Limit) ?? 20;
        var filter = CorpusFilters.From(settings);
        await using var store = await CorpusStores.OpenAsync(settings.Database, migrate: false, cancellationToken);
        var hits = await store.SearchAsync(string.Join(' ', settings.Words), filter, limit, cancellationToken);
        if (format == "json")
        {
            console.Out.WriteLine(Json.Serialize(hits));
            return ExitCodes.Ok;
        }

        if (hits.Count == 0)
        {
            console.Out.WriteLine("no match");
            return ExitCodes.Ok;
        }

        var rank = 0;
        foreach (var hit in hits)
        {
            rank++;
            var date = hit.Published?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture) ?? "undated";
            var head = string.Create(CultureInfo.InvariantCulture, $"{rank}. {hit.Title ?? hit.ExternalId} — {hit.Source ?? "unknown source"}, {date} (#{hit.ArticleId}, rank {hit.Rank:G3})");
            var techniques = hit.Techniques.Count == 0 ? "none" : string.Join(", ", hit.Techniques.Select(t => $"{t.Technique} ×{t.Spans}"));
            var snippet = hit.Snippet.ReplaceLineEndings(" ");
            if (console.OutputIsTerminal)
            {
                console.Ansi.MarkupLine($"[bold]{Markup.Escape(head)}[/]");
                console.Ansi.MarkupLine("   " + Highlight().Replace(Markup.Escape(snippet), "[yellow bold]$1[/]"));
                console.Ansi.MarkupLine($"   [dim]techniques: {Markup.Escape(techniques)}[/]");
            }
            else
            {
                console.Out.WriteLine(head);
                console.Out.WriteLine("   " + snippet);
                console.Out.WriteLine("   techniques: " + techniques);
            }
        }

        console.Out.WriteLine(filter.Voice.Describe());
        console.Out.Flush();
        return ExitCodes.Ok;
    }

    [GeneratedRegex(@"\*\*(.+?)\*\*")]
    private static partial Regex Highlight();
}
