namespace Lantern.Measures.Internal;

/// <summary>A union of half-open ranges [start, end), merged and sorted, that tells how much of a range it covers.</summary>
internal sealed class Coverage
{
    private readonly List<(int Start, int End)> merged;

    public Coverage(IEnumerable<(int Start, int End)> ranges)
    {
        merged = [];
        foreach (var (s, e) in ranges.Where(r => r.End > r.Start).OrderBy(r => r.Start))
        {
            if (merged.Count > 0 && s <= merged[^1].End)
            {
                merged[^1] = (merged[^1].Start, Math.Max(merged[^1].End, e));
            }
            else
            {
                merged.Add((s, e));
            }
        }
    }

    public static Coverage None { get; } = new([]);

    /// <summary>How many positions of [start, end) lie in the union.</summary>
    public int Covered(int start, int end)
    {
        var total = 0;
        foreach (var (s, e) in merged)
        {
            if (s >= end)
            {
                break;
            }

            var overlap = Math.Min(e, end) - Math.Max(s, start);
            if (overlap > 0)
            {
                total += overlap;
            }
        }

        return total;
    }
}
