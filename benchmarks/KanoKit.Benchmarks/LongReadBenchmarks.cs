using System.Globalization;
using System.Text;
using BenchmarkDotNet.Attributes;
using DuckDB.NET.Data;
using KanoKit.Answers;
using KanoKit.Reading;

namespace KanoKit.Benchmarks;

/// <summary>
/// Reading a long CSV (<c>respondent,feature,functional,dysfunctional</c>, one row per respondent and feature): the
/// data of the wide benchmark file (<see cref="SurveyReadBenchmarks"/>, the same seed and answer order) as 20 rows per
/// respondent, 20M rows and about 440 MB for a million respondents. KanoKit's streaming reader against in-process DuckDB
/// (baseline) running the equivalent plain query over <c>read_csv</c> of the same file: count(*) per
/// feature × functional × dysfunctional, and count(DISTINCT respondent). Setup asserts once that both give identical
/// counts. With 100,000 respondents (2M rows) beside a million, the allocation column shows that nothing is allocated per row,
/// nor per respondent: the file's ids come sorted, so the reader counts respondents by runs and holds no ids.
/// </summary>
[MemoryDiagnoser]
public class LongReadBenchmarks
{
    private const int Features = 20;
    private string _path = string.Empty;

    [Params(100_000, 1_000_000)]
    public int Respondents { get; set; }

    /// <summary>The benchmark file for <paramref name="respondents"/> respondents in the temporary folder, written once.</summary>
    public static string FileFor(int respondents)
    {
        string path = Path.Combine(Path.GetTempPath(), $"kanokit-bench-long-{respondents}.csv");
        if (!File.Exists(path))
        {
            Write(path + ".part", respondents);
            File.Move(path + ".part", path, true);
        }

        return path;
    }

    /// <summary>
    /// Writes the long file: for each respondent 1…n and each feature, a functional and a dysfunctional code 1–5 drawn
    /// from <c>new Random(1)</c> in the order the wide benchmark file draws them (so the two files hold the same answers).
    /// </summary>
    public static void Write(string path, int respondents)
    {
        var random = new Random(1);
        using var writer = new StreamWriter(path, false, new UTF8Encoding(false), 1 << 20);
        writer.Write("respondent,feature,functional,dysfunctional\n");
        var row = new StringBuilder();
        for (int r = 1; r <= respondents; r++)
        {
            for (int f = 1; f <= Features; f++)
            {
                row.Clear().Append(r).Append(",feature_").Append(f.ToString("00", CultureInfo.InvariantCulture))
                    .Append(',').Append((char)('1' + random.Next(5))).Append(',').Append((char)('1' + random.Next(5))).Append('\n');
                writer.Write(row);
            }
        }
    }

    [GlobalSetup]
    public void Setup()
    {
        _path = FileFor(Respondents);

        // Identical counts from both contenders, asserted once: respondents, and every cell of every feature.
        var data = SurveyFile.Read(_path);
        var (respondents, cells) = DuckDbCounts();
        if (data.Tallies.Respondents != respondents || data.Tallies.Features.Count != Features)
        {
            throw new InvalidOperationException($"respondents: KanoKit {data.Tallies.Respondents}, DuckDB {respondents}");
        }

        var scale = AnswerScale.Standard;
        int compared = 0;
        foreach (var feature in data.Tallies.Features)
        {
            for (int f = 1; f <= 5; f++)
            {
                for (int d = 1; d <= 5; d++)
                {
                    long kanoKit = feature.Tally[scale.Parse(f.ToString(CultureInfo.InvariantCulture)), scale.Parse(d.ToString(CultureInfo.InvariantCulture))];
                    long duckDb = cells.GetValueOrDefault((feature.Name, f, d));
                    if (kanoKit != duckDb)
                    {
                        throw new InvalidOperationException($"{feature.Name} ({f},{d}): KanoKit {kanoKit}, DuckDB {duckDb}");
                    }

                    compared++;
                }
            }
        }

        if (compared != cells.Count)
        {
            throw new InvalidOperationException($"DuckDB has {cells.Count} cells, KanoKit {compared}");
        }
    }

    /// <summary>KanoKit: the whole read, from the file to the tallies (respondents counted, duplicates checked).</summary>
    [Benchmark]
    public long KanoKitReader() => SurveyFile.Read(_path).Tallies.Respondents ?? 0;

    /// <summary>DuckDB: the counting query and the distinct respondents over read_csv of the file, results drained.</summary>
    [Benchmark(Baseline = true)]
    public long DuckDbGroupBy() => DuckDbCounts().Respondents;

    /// <summary>DuckDB's counting query alone (no respondent count): less work than the reader does, a lower bound for DuckDB.</summary>
    [Benchmark]
    public long DuckDbCellsOnly()
    {
        using var connection = new DuckDBConnection("Data Source=:memory:");
        connection.Open();
        return Cells(connection).Values.Sum();
    }

    private string Source => $"read_csv('{_path.Replace("'", "''", StringComparison.Ordinal)}', header = true, columns = {{'respondent': 'BIGINT', 'feature': 'VARCHAR', 'functional': 'TINYINT', 'dysfunctional': 'TINYINT'}})";

    /// <summary>
    /// Both DuckDB queries. Two scans: one query with GROUPING SETS ((feature, functional, dysfunctional), ()) and
    /// count(DISTINCT respondent) measured 15 times slower on this machine, so DuckDB gets its faster form.
    /// </summary>
    private (long Respondents, Dictionary<(string Feature, int Functional, int Dysfunctional), long> Cells) DuckDbCounts()
    {
        using var connection = new DuckDBConnection("Data Source=:memory:");
        connection.Open();
        var cells = Cells(connection);
        using var command = connection.CreateCommand();
        command.CommandText = $"SELECT count(DISTINCT respondent) FROM {Source}";
        return ((long)command.ExecuteScalar()!, cells);
    }

    private Dictionary<(string Feature, int Functional, int Dysfunctional), long> Cells(DuckDBConnection connection)
    {
        using var command = connection.CreateCommand();
        command.CommandText = $"SELECT feature, functional, dysfunctional, count(*) FROM {Source} GROUP BY feature, functional, dysfunctional";
        using var reader = command.ExecuteReader();
        var cells = new Dictionary<(string, int, int), long>();
        while (reader.Read())
        {
            cells[(reader.GetString(0), reader.GetByte(1), reader.GetByte(2))] = reader.GetInt64(3);
        }

        return cells;
    }
}
