using System.Globalization;
using System.Text;
using BenchmarkDotNet.Attributes;
using DuckDB.NET.Data;
using KanoKit.Data.DuckDb;
using KanoKit.Data.Sql;
using KanoKit.Analysis;
using KanoKit.Reading;
using KanoKit.Writing;
using WideFeature = KanoKit.Data.Sql.WideFeature;

namespace KanoKit.Benchmarks;

/// <summary>
/// A wide Parquet survey (respondents × 20 features, integer codes, about 2 % missing answers) counted by in-process
/// DuckDB: the engine alone draining the counting query's result (baseline: DuckDB's own GROUP BY time) against
/// <see cref="DuckDbFiles.Read"/>, which adds reading the cells into tallies. The gap is KanoKit's overhead.
/// </summary>
[MemoryDiagnoser]
public class DuckDbParquetBenchmarks
{
    private const int Features = 20;
    private string _path = string.Empty;
    private string _query = string.Empty;

    [Params(1_000_000)]
    public int Respondents { get; set; }

    /// <summary>Writes the benchmark's Parquet file with DuckDB itself (COPY … TO … (FORMAT parquet)).</summary>
    public static void WriteParquet(string path, int respondents)
    {
        var columns = new StringBuilder("'r' || i AS respondent, CASE i % 3 WHEN 0 THEN 'north' WHEN 1 THEN 'south' ELSE 'east' END AS region");
        for (int f = 0; f < Features; f++)
        {
            foreach (var (side, salt) in new[] { ("functional", 2 * f), ("dysfunctional", (2 * f) + 1) })
            {
                columns.Append(CultureInfo.InvariantCulture, $", CASE WHEN hash(i * 64 + {salt}) % 50 = 0 THEN NULL ELSE CAST(1 + hash(i * 64 + {salt} + 1000) % 5 AS TINYINT) END AS f{f}_{side}");
            }
        }

        using var connection = new DuckDBConnection("Data Source=:memory:");
        connection.Open();
        using var command = connection.CreateCommand();
        command.CommandText = string.Create(
            CultureInfo.InvariantCulture,
            $"COPY (SELECT {columns} FROM range({respondents}) t(i)) TO {SqlText.Literal(path, SqlDialect.DuckDb)} (FORMAT parquet)");
        command.ExecuteNonQuery();
    }

    [GlobalSetup]
    public void Setup()
    {
        _path = Path.Combine(Path.GetTempPath(), $"kanokit-bench-{Respondents}.parquet");
        if (!File.Exists(_path))
        {
            WriteParquet(_path, Respondents);
        }

        var shape = new WideAnswers(Enumerable.Range(0, Features).Select(f => new WideFeature($"f{f}", $"f{f}_functional", $"f{f}_dysfunctional")));
        _query = CountingQuery.Build(SqlSource.ParquetFile(_path), shape, SqlDialect.DuckDb).Text;
    }

    /// <summary>DuckDB alone: the counting query, its result drained.</summary>
    [Benchmark(Baseline = true)]
    public long EngineGroupBy()
    {
        using var connection = DuckDbFiles.Open("512MB");
        using var command = connection.CreateCommand();
        command.CommandText = _query;
        using var reader = command.ExecuteReader();
        long rows = 0;
        while (reader.Read())
        {
            rows += reader.GetInt64(reader.FieldCount - 1);
        }

        return rows;
    }

    /// <summary>KanoKit: column pairing, the counting query, and the cells read into tallies.</summary>
    [Benchmark]
    public SurveyData KanoKitThroughDuckDb() => DuckDbFiles.Read(_path);
}
