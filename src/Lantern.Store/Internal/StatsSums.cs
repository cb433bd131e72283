namespace Lantern.Store.Internal;

/// <summary>
/// The counts behind a stats answer, summed over the parts of a query (<see cref="StatsCells.Parts"/>), which hold
/// disjoint articles: per group its articles, words and call-to-action flags, per group and technique its spans and
/// the articles that have it.
/// </summary>
internal sealed class StatsSums
{
    private static readonly ActionFlagCounts NoFlags = new(0, 0, 0, 0);

    public Dictionary<string, (long Articles, long Words, ActionFlagCounts Flags)> Totals { get; } = new(StringComparer.Ordinal);

    public Dictionary<(string Group, string Technique), (long Spans, long Articles)> Counts { get; } = [];

    public void AddTotal(string group, long articles, long words, ActionFlagCounts flags)
    {
        var sum = Totals.GetValueOrDefault(group, (0, 0, NoFlags));
        Totals[group] = (sum.Articles + articles, sum.Words + words, sum.Flags + flags);
    }

    public void AddCount(string group, string technique, long spans, long articles)
    {
        var sum = Counts.GetValueOrDefault((group, technique));
        Counts[(group, technique)] = (sum.Spans + spans, sum.Articles + articles);
    }

    /// <summary>The counts of several parts (read at the same time, each into its own sums) added up.</summary>
    public static StatsSums Sum(IEnumerable<StatsSums> parts)
    {
        var all = new StatsSums();
        foreach (var part in parts)
        {
            foreach (var (group, (articles, words, flags)) in part.Totals)
            {
                all.AddTotal(group, articles, words, flags);
            }

            foreach (var ((group, technique), (spans, articles)) in part.Counts)
            {
                all.AddCount(group, technique, spans, articles);
            }
        }

        return all;
    }
}
