using System.Globalization;
using BenchmarkDotNet.Columns;
using BenchmarkDotNet.Reports;
using BenchmarkDotNet.Running;

namespace Lantern.Bench;

/// <summary>Input megabytes (10^6 bytes) per second: input size over the mean time of one operation.</summary>
public sealed class ThroughputColumn : IColumn
{
    public string Id => nameof(ThroughputColumn);

    public string ColumnName => "MB/s";

    public bool AlwaysShow => true;

    public ColumnCategory Category => ColumnCategory.Custom;

    public int PriorityInCategory => 0;

    public bool IsNumeric => true;

    public UnitType UnitType => UnitType.Dimensionless;

    public string Legend => "Input megabytes (10^6 bytes) read per second";

    public string GetValue(Summary summary, BenchmarkCase benchmarkCase) => GetValue(summary, benchmarkCase, SummaryStyle.Default);

    public string GetValue(Summary summary, BenchmarkCase benchmarkCase, SummaryStyle style)
    {
        var report = summary[benchmarkCase];
        var mean = report?.ResultStatistics?.Mean;
        if (mean is null or <= 0)
        {
            return "-";
        }

        var bytes = benchmarkCase.Descriptor.WorkloadMethod.Name switch
        {
            nameof(ReadingBenchmarks.PlainText) or nameof(ReadingBenchmarks.PlainTextSentences) or nameof(ReadingBenchmarks.PlainTextFullDocument) => SyntheticArticles.Plain.Length,
            nameof(ReadingBenchmarks.Html) or nameof(ReadingBenchmarks.HtmlParseOnly) or nameof(ReadingBenchmarks.HtmlFullDocument) => SyntheticArticles.Html.Length,
            _ => 0,
        };
        return bytes == 0 ? "-" : (bytes / 1e6 / (mean.Value / 1e9)).ToString("0.0", CultureInfo.InvariantCulture);
    }

    public bool IsAvailable(Summary summary) => true;

    public bool IsDefault(Summary summary, BenchmarkCase benchmarkCase) => false;
}
