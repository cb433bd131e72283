namespace Lantern.Store.Comparison;

/// <summary>
/// One technique in two sources: spans per 1,000 words and share of articles with at least one span, in A and B,
/// and the difference A − B of each with its bootstrap 95% confidence interval.
/// </summary>
public sealed record TechniqueDifference(
    string Technique,
    double RateA,
    double RateB,
    double RateDifference,
    double RateLow,
    double RateHigh,
    double ShareA,
    double ShareB,
    double ShareDifference,
    double ShareLow,
    double ShareHigh)
{
    /// <summary>The interval of the rate difference leaves out zero.</summary>
    public bool IsClear => RateLow > 0 || RateHigh < 0;
}
