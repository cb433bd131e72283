namespace Lantern.Store;

/// <summary>
/// How many articles of a group carry each call-to-action flag (the most severe call the author makes in their own
/// voice); <see cref="Unknown"/> counts analyses stored before flags were recorded.
/// </summary>
public sealed record ActionFlagCounts(long Civic, long Hostile, long Violent, long Unknown)
{
    /// <summary>The counts of two disjoint sets of articles together.</summary>
    public static ActionFlagCounts operator +(ActionFlagCounts left, ActionFlagCounts right)
    {
        ArgumentNullException.ThrowIfNull(left);
        ArgumentNullException.ThrowIfNull(right);
        return new(left.Civic + right.Civic, left.Hostile + right.Hostile, left.Violent + right.Violent, left.Unknown + right.Unknown);
    }
}
