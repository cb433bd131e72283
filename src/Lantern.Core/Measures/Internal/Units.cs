using Lantern.Errors;

namespace Lantern.Measures.Internal;

/// <summary>Collects label rows into one label set per unit, rejecting repeated units and labels outside the label set.</summary>
internal static class Units
{
    public static Dictionary<TKey, IReadOnlySet<string>> Collect<TRow, TKey>(
        IEnumerable<TRow> rows,
        Func<TRow, TKey> keyOf,
        Func<TRow, IEnumerable<string>> labelsOf,
        Func<TKey, string> describe,
        Tally tally,
        string source,
        string kind)
        where TKey : notnull
    {
        var units = new Dictionary<TKey, IReadOnlySet<string>>();
        foreach (var row in rows)
        {
            var key = keyOf(row);
            var set = new HashSet<string>(StringComparer.Ordinal);
            foreach (var label in labelsOf(row))
            {
                if (!tally.Knows(label))
                {
                    throw LanternErrors.UnknownLabel(source, describe(key), label, kind);
                }

                set.Add(label);
            }

            if (!units.TryAdd(key, set))
            {
                throw LanternErrors.DuplicateRow(source, describe(key));
            }
        }

        return units;
    }

    /// <summary>Scores every gold unit against its prediction (empty when missing); predictions for unknown units are counted, not scored.</summary>
    public static (int Missing, int Ignored) Add<TKey>(
        Tally tally,
        Dictionary<TKey, IReadOnlySet<string>> gold,
        Dictionary<TKey, IReadOnlySet<string>> predicted)
        where TKey : notnull
    {
        var missing = 0;
        foreach (var (key, goldLabels) in gold)
        {
            if (!predicted.TryGetValue(key, out var predictedLabels))
            {
                missing++;
                predictedLabels = Empty;
            }

            tally.Add(goldLabels, predictedLabels);
        }

        var ignored = predicted.Keys.Count(k => !gold.ContainsKey(k));
        return (missing, ignored);
    }

    private static readonly IReadOnlySet<string> Empty = new HashSet<string>();
}
