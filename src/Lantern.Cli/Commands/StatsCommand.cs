using System.Globalization;
using System.Text;
using Lantern.Cli.Internal;
using Lantern.Errors;
using Lantern.Store;
using Spectre.Console;
using Spectre.Console.Cli;

namespace Lantern.Cli.Commands;

/// <summary>
/// <c>lantern stats --by ...</c>: technique rates per group (spans per 1,000 words, per article, share of articles with
/// the technique) over the current analysis of every article within the filters; as a table, CSV or JSON, and a plot.
/// </summary>
public sealed class StatsCommand(CliConsole console) : AsyncCommand<StatsSettings>
{
    public override async Task<int> ExecuteAsync(CommandContext context, StatsSettings settings, CancellationToken cancellationToken)
    {
        var by = OptionValues.OneOf("--by", settings.By, "technique", "source", "month", "week", "technique", "frame", "genre");
        var format = OptionValues.OneOf("--format", settings.Format, "table", "table", "csv", "json");
        if (settings.Plot is { } plot && Path.GetExtension(plot).ToLowerInvariant() is not ".png" and not ".svg")
        {
            throw LanternErrors.Usage($"--plot: '{plot}' must end in .png or .svg");
        }

        var dimension = Enum.Parse<StatsDimension>(by, ignoreCase: true);
        var filter = CorpusFilters.From(settings);
        await using var store = await CorpusStores.OpenAsync(settings.Database, migrate: false, cancellationToken);
        var rows = await store.StatsAsync(dimension, filter, cancellationToken);
        switch (format)
        {
            case "json":
                console.Out.WriteLine(Json.Serialize(rows.Select(r => new
                {
                    group = r.Group,
                    technique = r.Technique,
                    articles = r.Articles,
                    words = r.Words,
                    spans = r.Spans,
                    articles_with_technique = r.ArticlesWithTechnique,
                    per_1000_words = Math.Round(r.PerThousandWords, 4),
                    per_article = Math.Round(r.PerArticle, 4),
                    share_of_articles = Math.Round(r.ShareOfArticles, 4),
                })));
                break;
            case "csv":
                console.Out.Write(Csv(rows, by));
                break;
            default:
                WriteTable(rows, by);
                break;
        }

        if (settings.Plot is { } file)
        {
            StatsPlot.Save(rows, dimension, file);
            console.Error.WriteLine($"stats: plot written to {file}");
        }

        console.Out.Flush();
        return ExitCodes.Ok;
    }

    private static string Csv(IReadOnlyList<StatsRow> rows, string by)
    {
        var csv = new StringBuilder();
        csv.Append(by).Append(",technique,articles,words,spans,articles_with_technique,per_1000_words,per_article,share_of_articles\n");
        foreach (var r in rows)
        {
            csv.Append(string.Create(CultureInfo.InvariantCulture,
                $"{Quote(r.Group)},{r.Technique},{r.Articles},{r.Words},{r.Spans},{r.ArticlesWithTechnique},{r.PerThousandWords:0.####},{r.PerArticle:0.####},{r.ShareOfArticles:0.####}\n"));
        }

        return csv.ToString();
    }

    private static string Quote(string value) =>
        value.IndexOfAny([',', '"', '\n']) < 0 ? value : "\"" + value.Replace("\"", "\"\"", StringComparison.Ordinal) + "\"";

    // The table shows techniques that occur; CSV and JSON keep the zero rows too, for other tools.
    private void WriteTable(IReadOnlyList<StatsRow> rows, string by)
    {
        var table = new Table().Border(TableBorder.Simple);
        var columns = by == "technique"
            ? new[] { "technique", "articles", "spans", "per 1k words", "per article", "share of articles" }
            : new[] { by, "technique", "articles", "spans", "per 1k words", "per article", "share of articles" };
        foreach (var column in columns)
        {
            table.AddColumn(new TableColumn(column));
        }

        var shown = by == "technique" ? rows : rows.Where(r => r.Spans > 0).ToList();
        foreach (var r in shown)
        {
            var cells = new List<string>();
            if (by != "technique")
            {
                cells.Add(Markup.Escape(r.Group.Length == 0 ? "(none)" : r.Group));
            }

            cells.AddRange([
                Markup.Escape(r.Technique),
                r.Articles.ToString(CultureInfo.InvariantCulture),
                r.Spans.ToString(CultureInfo.InvariantCulture),
                r.PerThousandWords.ToString("0.00", CultureInfo.InvariantCulture),
                r.PerArticle.ToString("0.00", CultureInfo.InvariantCulture),
                r.ShareOfArticles.ToString("0.0%", CultureInfo.InvariantCulture)]);
            table.AddRow([.. cells]);
        }

        console.Ansi.Write(table);
        if (rows.Count == 0)
        {
            console.Out.WriteLine("no analysed article matches");
        }
    }
}
