using BenchmarkDotNet.Columns;
using BenchmarkDotNet.Reports;
using BenchmarkDotNet.Running;

namespace KanoKit.Benchmarks;

/// <summary>A column of file megabytes (10⁶ bytes) per second, from the mean time and the size of the file a benchmark case reads.</summary>
/// <param name="fileOf">The file a benchmark case reads (its name in the temporary folder).</param>
internal sealed class MegabytesPerSecond(Func<BenchmarkCase, string> fileOf) : IColumn
{
    public string Id => "MB/s";

    public string ColumnName => "MB/s";

    public bool AlwaysShow => true;

    public ColumnCategory Category => ColumnCategory.Custom;

    public int PriorityInCategory => 0;

    public bool IsNumeric => true;

    public UnitType UnitType => UnitType.Dimensionless;

    public string Legend => "File megabytes (10^6 bytes) read per second";

    public string GetValue(Summary summary, BenchmarkCase benchmarkCase) => GetValue(summary, benchmarkCase, SummaryStyle.Default);

    public string GetValue(Summary summary, BenchmarkCase benchmarkCase, SummaryStyle style)
    {
        string path = Path.Combine(Path.GetTempPath(), fileOf(benchmarkCase));
        return summary[benchmarkCase]?.ResultStatistics is { } statistics && File.Exists(path)
            ? $"{new FileInfo(path).Length / 1e6 / (statistics.Mean / 1e9):0}"
            : "–";
    }

    public bool IsAvailable(Summary summary) => true;

    public bool IsDefault(Summary summary, BenchmarkCase benchmarkCase) => false;
}
