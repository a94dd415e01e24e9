using System.Text;
using BenchmarkDotNet.Attributes;
using BenchmarkDotNet.Columns;
using BenchmarkDotNet.Configs;
using BenchmarkDotNet.Reports;
using BenchmarkDotNet.Running;
using KanoKit.Answers;
using KanoKit.Reading;
using KanoKit.Reading.Text;
using Sylvan.Data.Csv;

namespace KanoKit.Benchmarks;

/// <summary>
/// Reading a wide CSV (respondents × 20 features, numeric codes, about 87 MB for a million respondents) into
/// per-feature tallies: KanoKit's streaming reader against Sylvan.Data.Csv (vectorised) feeding the same tallies.
/// Columns: MB/s of file and answer pairs per second.
/// </summary>
[MemoryDiagnoser]
[Config(typeof(Throughput))]
public class SurveyReadBenchmarks
{
    private const int Features = 20;
    private string _path = string.Empty;

    [Params(1_000_000)]
    public int Respondents { get; set; }

    [GlobalSetup]
    public void Setup()
    {
        _path = WideReadBenchmarks.WideFile(Respondents);
    }

    [Benchmark]
    public long KanoKitReader()
    {
        var data = SurveyFile.Read(_path);
        return data.Tallies.Features[0].Tally.Total;
    }

    /// <summary>KanoKit's tokenizer alone: split every record into fields, touch each field.</summary>
    [Benchmark]
    public long KanoKitTokenizerOnly()
    {
        using var stream = File.OpenRead(_path);
        using var rows = new CsvRecordReader(stream, new DiagnosticSink(ReadMode.Strict, _path), null, 1 << 20);
        long chars = 0;
        while (rows.MoveNext())
        {
            for (int i = 0; i < rows.FieldCount; i++)
            {
                chars += rows.Field(i).Length;
            }
        }

        return chars;
    }

    /// <summary>Sylvan's tokenizer alone, the same work as <see cref="KanoKitTokenizerOnly"/>.</summary>
    [Benchmark]
    public long SylvanTokenizerOnly()
    {
        using var reader = CsvDataReader.Create(_path, new CsvDataReaderOptions { BufferSize = 1 << 16 });
        long chars = 0;
        while (reader.Read())
        {
            for (int i = 0; i < reader.FieldCount; i++)
            {
                chars += reader.GetFieldSpan(i).Length;
            }
        }

        return chars;
    }

    [Benchmark(Baseline = true)]
    public long SylvanReader()
    {
        // The same work with Sylvan doing the CSV part: find pair columns by name, parse each cell with the
        // same answer scale, count into the same 25 cells per feature.
        var scale = AnswerScale.Standard;
        using var reader = CsvDataReader.Create(_path, new CsvDataReaderOptions { BufferSize = 1 << 16 });
        var functional = new int[Features];
        var dysfunctional = new int[Features];
        for (int f = 0; f < Features; f++)
        {
            functional[f] = reader.GetOrdinal($"f{f}_functional");
            dysfunctional[f] = reader.GetOrdinal($"f{f}_dysfunctional");
        }

        var cells = new long[Features, PairTally.CellCount];
        var missing = new long[Features];
        while (reader.Read())
        {
            for (int f = 0; f < Features; f++)
            {
                if (!scale.TryParse(reader.GetFieldSpan(functional[f]), out var fa) || !scale.TryParse(reader.GetFieldSpan(dysfunctional[f]), out var da))
                {
                    throw new InvalidDataException($"bad answer on row {reader.RowNumber}");
                }

                if (fa == Answer.Missing || da == Answer.Missing)
                {
                    missing[f]++;
                }
                else
                {
                    cells[f, (((int)fa - 1) * 5) + (int)da - 1]++;
                }
            }
        }

        long total = 0;
        for (int c = 0; c < PairTally.CellCount; c++)
        {
            total += cells[0, c];
        }

        return total;
    }

    private sealed class Throughput : ManualConfig
    {
        public Throughput()
        {
            AddColumn(new RateColumn("MB/s", "File megabytes (10^6 bytes) read per second", size => size.Bytes / 1e6));
            AddColumn(new RateColumn("Pairs/s (M)", "Answer pairs tallied per second, millions", size => size.Pairs / 1e6));
        }
    }

    private sealed class RateColumn(string name, string legend, Func<(long Bytes, long Pairs), double> amount) : IColumn
    {
        public string Id => name;

        public string ColumnName => name;

        public bool AlwaysShow => true;

        public ColumnCategory Category => ColumnCategory.Custom;

        public int PriorityInCategory => 0;

        public bool IsNumeric => true;

        public UnitType UnitType => UnitType.Dimensionless;

        public string Legend => legend;

        public string GetValue(Summary summary, BenchmarkCase benchmarkCase) => GetValue(summary, benchmarkCase, SummaryStyle.Default);

        public string GetValue(Summary summary, BenchmarkCase benchmarkCase, SummaryStyle style)
        {
            int respondents = (int)benchmarkCase.Parameters["Respondents"];
            if (summary[benchmarkCase]?.ResultStatistics is not { } statistics)
            {
                return "–";
            }

            // The benchmark process wrote the file; recompute its size here (the column runs in the host process).
            string path = Path.Combine(Path.GetTempPath(), $"kanokit-bench-{respondents}.csv");
            long bytes = File.Exists(path) ? new FileInfo(path).Length : 0;
            double seconds = statistics.Mean / 1e9;
            return $"{amount((bytes, (long)respondents * Features)) / seconds:0.0}";
        }

        public bool IsAvailable(Summary summary) => true;

        public bool IsDefault(Summary summary, BenchmarkCase benchmarkCase) => false;
    }
}
