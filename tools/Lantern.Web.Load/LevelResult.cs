namespace Lantern.Web.Load;

/// <summary>What one concurrency level measured: latencies of the successful requests (ms), errors by kind, the server's RSS samples (MB), and the analysis time the server reported (Server-Timing, ms).</summary>
internal sealed record LevelResult(
    int Concurrency, TimeSpan Elapsed, IReadOnlyList<double> LatenciesMs, IReadOnlyDictionary<string, int> Errors, IReadOnlyList<double> RssMb,
    IReadOnlyList<double> AnalysisMs)
{
    public double Throughput => LatenciesMs.Count / Elapsed.TotalSeconds;

    public double Percentile(double p)
    {
        if (LatenciesMs.Count == 0)
        {
            return double.NaN;
        }

        var sorted = LatenciesMs.Order().ToArray();
        var rank = (int)Math.Ceiling(p / 100 * sorted.Length) - 1;
        return sorted[Math.Clamp(rank, 0, sorted.Length - 1)];
    }
}
