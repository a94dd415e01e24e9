using BenchmarkDotNet.Attributes;
using BenchmarkDotNet.Columns;
using BenchmarkDotNet.Configs;
using BenchmarkDotNet.Reports;
using BenchmarkDotNet.Running;

namespace KanoKit.Benchmarks;

/// <summary>
/// <see cref="PairTally.Count"/> (vectorised) against the scalar reference loop, on random answer columns with
/// about 5 % missing answers. Throughput column: pairs per second.
/// </summary>
[MemoryDiagnoser]
[Config(typeof(ThroughputConfig))]
public class PairTallyCountBenchmarks
{
    private Answer[] _functional = [];
    private Answer[] _dysfunctional = [];

    [Params(1_000_000, 100_000_000)]
    public int Pairs { get; set; }

    [GlobalSetup]
    public void Setup()
    {
        var random = new Random(42);
        _functional = new Answer[Pairs];
        _dysfunctional = new Answer[Pairs];
        for (int i = 0; i < Pairs; i++)
        {
            _functional[i] = random.Next(20) == 0 ? Answer.Missing : (Answer)random.Next(1, 6);
            _dysfunctional[i] = random.Next(20) == 0 ? Answer.Missing : (Answer)random.Next(1, 6);
        }
    }

    [Benchmark(Baseline = true)]
    public PairTally Scalar() => PairTally.CountScalar(_functional, _dysfunctional);

    [Benchmark]
    public PairTally Vectorised() => PairTally.Count(_functional, _dysfunctional);

    private sealed class ThroughputConfig : ManualConfig
    {
        public ThroughputConfig() => AddColumn(new PairsPerSecondColumn());
    }

    /// <summary>Pairs per second, from the mean time per operation.</summary>
    private sealed class PairsPerSecondColumn : IColumn
    {
        public string Id => nameof(PairsPerSecondColumn);

        public string ColumnName => "Pairs/s";

        public bool AlwaysShow => true;

        public ColumnCategory Category => ColumnCategory.Custom;

        public int PriorityInCategory => 0;

        public bool IsNumeric => true;

        public UnitType UnitType => UnitType.Dimensionless;

        public string Legend => "Answer pairs tallied per second (mean)";

        public string GetValue(Summary summary, BenchmarkCase benchmarkCase) => GetValue(summary, benchmarkCase, SummaryStyle.Default);

        public string GetValue(Summary summary, BenchmarkCase benchmarkCase, SummaryStyle style)
        {
            var report = summary[benchmarkCase];
            if (report?.ResultStatistics is not { } statistics)
            {
                return "–";
            }

            double pairs = (int)benchmarkCase.Parameters["Pairs"];
            return $"{pairs / (statistics.Mean / 1e9) / 1e9:0.00} G";
        }

        public bool IsAvailable(Summary summary) => true;

        public bool IsDefault(Summary summary, BenchmarkCase benchmarkCase) => false;
    }
}
