using System.Text;
using BenchmarkDotNet.Attributes;
using BenchmarkDotNet.Configs;
using KanoKit.Answers;
using KanoKit.Reading;
using nietras.SeparatedValues;

namespace KanoKit.Benchmarks;

/// <summary>
/// Wide CSV (respondents × 20 features, one-digit codes, a numeric respondent id; 87 MB for a million) into tallies:
/// the general path (decoded characters, stored fields) as the baseline, the byte path on one and two threads, and
/// Sep (nietras.Sep, vectorised, reports line numbers) feeding the same tallies. 100k and 1M rows show that allocations
/// do not grow with rows. Column MB/s: file bytes per second.
/// </summary>
[MemoryDiagnoser]
[Config(typeof(Throughput))]
public class WideReadBenchmarks
{
    private const int Features = 20;
    private string _path = string.Empty;

    [Params(100_000, 1_000_000)]
    public int Respondents { get; set; }

    [GlobalSetup]
    public void Setup() => _path = WideFile(Respondents);

    [Benchmark(Baseline = true)]
    public long GeneralPath() => SurveyFile.Read(_path, new SurveyReadOptions { Threads = 1, BytePath = false }).Tallies.Features[0].Tally.Total;

    [Benchmark]
    public long BytesOneThread() => SurveyFile.Read(_path, new SurveyReadOptions { Threads = 1 }).Tallies.Features[0].Tally.Total;

    [Benchmark]
    public long BytesTwoThreads() => SurveyFile.Read(_path, new SurveyReadOptions { Threads = 2 }).Tallies.Features[0].Tally.Total;

    /// <summary>Sep doing the CSV part (one thread): pair columns by name, parse with the same scale, count into the same cells.</summary>
    [Benchmark]
    public long Sep()
    {
        var scale = AnswerScale.Standard;
        using var reader = nietras.SeparatedValues.Sep.Reader().FromFile(_path);
        var functional = new int[Features];
        var dysfunctional = new int[Features];
        for (int f = 0; f < Features; f++)
        {
            functional[f] = reader.Header.IndexOf($"f{f}_functional");
            dysfunctional[f] = reader.Header.IndexOf($"f{f}_dysfunctional");
        }

        var cells = new long[Features * PairTally.CellCount];
        var missing = new long[Features];
        foreach (var row in reader)
        {
            for (int f = 0; f < Features; f++)
            {
                if (!scale.TryParse(row[functional[f]].Span, out var fa) || !scale.TryParse(row[dysfunctional[f]].Span, out var da))
                {
                    throw new InvalidDataException($"bad answer on line {row.LineNumberFrom}");
                }

                if (fa == Answer.Missing || da == Answer.Missing)
                {
                    missing[f]++;
                }
                else
                {
                    cells[(f * PairTally.CellCount) + (((int)fa - 1) * 5) + (int)da - 1]++;
                }
            }
        }

        return cells.AsSpan(0, PairTally.CellCount).ToArray().Sum();
    }

    /// <summary>The file the survey benchmarks share: <c>kanokit-bench-{respondents}.csv</c> in the temporary folder, written once.</summary>
    public static string WideFile(int respondents)
    {
        string path = Path.Combine(Path.GetTempPath(), $"kanokit-bench-{respondents}.csv");
        if (File.Exists(path))
        {
            return path;
        }

        var random = new Random(1);
        using var writer = new StreamWriter(path, false, new UTF8Encoding(false), 1 << 20);
        writer.Write("respondent");
        for (int f = 0; f < Features; f++)
        {
            writer.Write($",f{f}_functional,f{f}_dysfunctional");
        }

        writer.Write('\n');
        var row = new StringBuilder();
        for (int r = 1; r <= respondents; r++)
        {
            row.Clear().Append(r);
            for (int a = 0; a < 2 * Features; a++)
            {
                row.Append(',').Append((char)('1' + random.Next(5)));
            }

            writer.Write(row.Append('\n'));
        }

        return path;
    }

    private sealed class Throughput : ManualConfig
    {
        public Throughput() => AddColumn(new MegabytesPerSecond(c => $"kanokit-bench-{(int)c.Parameters["Respondents"]}.csv"));
    }
}
