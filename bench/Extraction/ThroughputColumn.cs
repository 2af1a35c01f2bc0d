using System.Globalization;
using BenchmarkDotNet.Columns;
using BenchmarkDotNet.Reports;
using BenchmarkDotNet.Running;

namespace Analytics.Bench.Extraction;

/// <summary>
/// Megabytes (10^6 bytes) of input processed per second: the bytes one benchmark call reads,
/// divided by its mean time. The byte count is asked for only when the table is drawn.
/// </summary>
public sealed class ThroughputColumn(Func<long> bytesPerCall) : IColumn
{
    private readonly Lazy<long> bytes = new(bytesPerCall);

    public string Id => nameof(ThroughputColumn);

    public string ColumnName => "MB/s";

    public bool AlwaysShow => true;

    public ColumnCategory Category => ColumnCategory.Custom;

    public int PriorityInCategory => 0;

    public bool IsNumeric => true;

    public UnitType UnitType => UnitType.Dimensionless;

    public string Legend => "Input megabytes (10^6 bytes) per second, from the mean time of one pass over the corpus";

    public string GetValue(Summary summary, BenchmarkCase benchmarkCase) =>
        GetValue(summary, benchmarkCase, summary.Style);

    public string GetValue(Summary summary, BenchmarkCase benchmarkCase, SummaryStyle style)
    {
        var stats = summary[benchmarkCase]?.ResultStatistics;
        return stats is null || stats.Mean <= 0
            ? "NA"
            : (bytes.Value / 1e6 / (stats.Mean / 1e9)).ToString("0.00", CultureInfo.InvariantCulture);
    }

    public bool IsAvailable(Summary summary) => true;

    public bool IsDefault(Summary summary, BenchmarkCase benchmarkCase) => false;
}
