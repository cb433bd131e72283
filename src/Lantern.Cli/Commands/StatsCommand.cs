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
                    voice = r.Voice,
                    articles_civic = r.ArticlesCivic,
                    articles_hostile = r.ArticlesHostile,
                    articles_violent = r.ArticlesViolent,
                    articles_flag_unknown = r.ArticlesFlagUnknown,
                })));
                break;
            case "csv":
                console.Out.Write(Csv(rows, by));
                break;
            default:
                WriteTable(rows, by);
                WriteFlags(rows, by);
                console.Out.WriteLine(filter.Voice.Describe());
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
        // The voice and flag columns come last so tools reading the first nine by position keep working.
        csv.Append(by).Append(",technique,articles,words,spans,articles_with_technique,per_1000_words,per_article,share_of_articles")
            .Append(",voice,articles_civic,articles_hostile,articles_violent,articles_flag_unknown\n");
        foreach (var r in rows)
        {
            csv.Append(string.Create(CultureInfo.InvariantCulture,
                $"{Quote(r.Group)},{r.Technique},{r.Articles},{r.Words},{r.Spans},{r.ArticlesWithTechnique},{r.PerThousandWords:0.####},{r.PerArticle:0.####},{r.ShareOfArticles:0.####}"));
            csv.Append(string.Create(CultureInfo.InvariantCulture,
                $",{r.Voice},{r.ArticlesCivic},{r.ArticlesHostile},{r.ArticlesViolent},{r.ArticlesFlagUnknown}\n"));
        }

        return csv.ToString();
    }

    private static string Quote(string value) =>
        value.IndexOfAny([',', '"', '\n']) < 0 ? value : "\"" + value.Replace("\"", "\"\"", StringComparison.Ordinal) + "\"";

    // Calls to action are per article, not per technique: one line per group (one in all for --by technique).
    private void WriteFlags(IReadOnlyList<StatsRow> rows, string by)
    {
        var groups = rows.GroupBy(r => by == "technique" ? string.Empty : r.Group, StringComparer.Ordinal).Select(g => g.First()).ToList();
        foreach (var r in groups)
        {
            var name = by == "technique" ? "all articles" : r.Group.Length == 0 ? "(none)" : r.Group;
            var unknown = r.ArticlesFlagUnknown > 0 ? string.Create(CultureInfo.InvariantCulture, $", {r.ArticlesFlagUnknown} not checked") : string.Empty;
            console.Out.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"calls to action ({name}, {r.Articles} articles): civic {r.ArticlesCivic}, hostile {r.ArticlesHostile}, violent {r.ArticlesViolent}{unknown}"));
        }
    }

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
