using System.Globalization;
using Lantern.Cli.Internal;
using Lantern.Errors;
using Lantern.Store;
using Lantern.Store.Comparison;
using Spectre.Console;
using Spectre.Console.Cli;

namespace Lantern.Cli.Commands;

/// <summary>
/// <c>lantern compare A B</c>: the technique fingerprint of two sources (spans per 1,000 words, share of articles), the
/// differences with seeded bootstrap 95% intervals (articles resampled), and, for the largest differences, the
/// highest-scoring passages of the source that uses the technique more.
/// </summary>
public sealed class CompareCommand(CliConsole console) : AsyncCommand<CompareSettings>
{
    private const int PassagesPerTechnique = 2;

    public override async Task<int> ExecuteAsync(CommandContext context, CompareSettings settings, CancellationToken cancellationToken)
    {
        var format = OptionValues.OneOf("--format", settings.Format, console.OutputIsTerminal ? "text" : "json", "text", "json");
        var resamples = OptionValues.Positive("--resamples", settings.Resamples) ?? 1000;
        var top = settings.Top is 0 ? 0 : OptionValues.Positive("--top", settings.Top) ?? 3;
        var filter = CorpusFilters.From(settings);
        await using var store = await CorpusStores.OpenAsync(settings.Database, migrate: false, cancellationToken);
        var filterA = filter with { Source = settings.SourceA };
        var filterB = filter with { Source = settings.SourceB };
        var a = await store.ArticleTechniquesAsync(filterA, cancellationToken);
        var b = await store.ArticleTechniquesAsync(filterB, cancellationToken);
        foreach (var (name, set) in new[] { (settings.SourceA, a), (settings.SourceB, b) })
        {
            if (set.Count == 0)
            {
                throw LanternErrors.Usage($"compare: no analysed article of source '{name}' matches");
            }
        }

        var differences = SourceComparison.Compare(a, b, resamples, settings.Seed ?? 1);
        var passages = new List<(TechniqueDifference Difference, string Source, IReadOnlyList<StoredSpan> Spans)>();
        foreach (var d in differences.Where(d => d.RateDifference != 0).Take(top))
        {
            var (source, sourceFilter) = d.RateDifference > 0 ? (settings.SourceA, filterA) : (settings.SourceB, filterB);
            passages.Add((d, source, await store.TopSpansAsync(d.Technique, sourceFilter, PassagesPerTechnique, cancellationToken)));
        }

        if (format == "json")
        {
            console.Out.WriteLine(Json.Serialize(new
            {
                source_a = new { name = settings.SourceA, articles = a.Count, words = a.Sum(x => (long)x.Words) },
                source_b = new { name = settings.SourceB, articles = b.Count, words = b.Sum(x => (long)x.Words) },
                resamples,
                seed = settings.Seed ?? 1,
                voice = filter.Voice.Name(),
                differences,
                passages = passages.Select(p => new { technique = p.Difference.Technique, more_in = p.Source, spans = p.Spans }),
            }));
            return ExitCodes.Ok;
        }

        WriteText(settings, a, b, differences, passages);
        console.Out.WriteLine(filter.Voice.Describe());
        console.Out.Flush();
        return ExitCodes.Ok;
    }

    private void WriteText(
        CompareSettings settings,
        IReadOnlyList<ArticleTechniques> a,
        IReadOnlyList<ArticleTechniques> b,
        IReadOnlyList<TechniqueDifference> differences,
        List<(TechniqueDifference Difference, string Source, IReadOnlyList<StoredSpan> Spans)> passages)
    {
        console.Out.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"A = {settings.SourceA}: {a.Count} articles, {a.Sum(x => (long)x.Words)} words; B = {settings.SourceB}: {b.Count} articles, {b.Sum(x => (long)x.Words)} words"));
        console.Out.Flush();
        var table = new Table().Border(TableBorder.Simple);
        foreach (var column in new[] { "technique", "A /1k words", "B /1k words", "A − B [95% CI]", "A share", "B share", "A − B share [95% CI]" })
        {
            table.AddColumn(Markup.Escape(column));
        }

        foreach (var d in differences)
        {
            table.AddRow(
                Markup.Escape(d.Technique) + (d.IsClear ? " *" : string.Empty),
                F(d.RateA), F(d.RateB), Markup.Escape($"{F(d.RateDifference)} [{F(d.RateLow)}, {F(d.RateHigh)}]"),
                P(d.ShareA), P(d.ShareB), Markup.Escape($"{P(d.ShareDifference)} [{P(d.ShareLow)}, {P(d.ShareHigh)}]"));
        }

        console.Ansi.Write(table);
        console.Out.WriteLine("* the interval of the rate difference leaves out zero");
        foreach (var (difference, source, spans) in passages)
        {
            console.Out.WriteLine();
            console.Out.WriteLine($"{difference.Technique}: more in {source} ({F(Math.Abs(difference.RateDifference))} more per 1,000 words)");
            foreach (var span in spans)
            {
                console.Out.WriteLine(string.Create(CultureInfo.InvariantCulture,
                    $"  \"{span.Text.ReplaceLineEndings(" ")}\" ({span.Title ?? "#" + span.ArticleId}, {span.Start}+{span.Length}, score {span.Score:0.00})"));
            }
        }

        console.Out.Flush();
    }

    private static string F(double value) => value.ToString("0.00", CultureInfo.InvariantCulture);

    private static string P(double value) => value.ToString("0.0%", CultureInfo.InvariantCulture);
}
