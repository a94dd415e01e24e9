using System.Text;
using BenchmarkDotNet.Attributes;
using BenchmarkDotNet.Configs;
using BenchmarkDotNet.Running;
using KanoKit.Reading;

namespace KanoKit.Benchmarks;

/// <summary>
/// Issue 9: a survey-tool export reads at the speed of KanoKit's own wide shape. The same million respondents × 20
/// features read with no definition from three files: the wide file of <see cref="SurveyReadBenchmarks"/> (baseline:
/// <c>respondent,f0_functional,f0_dysfunctional,…</c>, numeric codes); a Qualtrics export with numeric codes (metadata
/// columns, <c>Q12_1…Q12_20</c> functional and <c>Q13_1…Q13_20</c> dysfunctional ids, question texts in row 2, import
/// ids in row 3 — detected from the second row's texts); and the same Qualtrics export with verbal labels
/// (<c>I like it</c>, <c>I expect it</c>, <c>I am neutral</c>, <c>I can tolerate it</c>, <c>I dislike it</c>). Qualtrics
/// response ids are text (<c>R_…</c>). Each file on both processors and on one thread; setup checks that the two Qualtrics
/// files give the same tallies and as many pairs as the wide file. Column MB/s: file bytes per second.
/// </summary>
[MemoryDiagnoser]
[Config(typeof(Throughput))]
public class ExportReadBenchmarks
{
    private const int Features = 20;

    private static readonly string[] Labels = ["I like it", "I expect it", "I am neutral", "I can tolerate it", "I dislike it"];

    private string _wide = string.Empty;
    private string _qualtricsCodes = string.Empty;
    private string _qualtricsLabels = string.Empty;

    [Params(1_000_000)]
    public int Respondents { get; set; }

    [GlobalSetup]
    public void Setup()
    {
        _wide = WideReadBenchmarks.WideFile(Respondents);
        _qualtricsCodes = Write($"kanokit-bench-qualtrics-codes-{Respondents}.csv", writer => Qualtrics(writer, labels: false));
        _qualtricsLabels = Write($"kanokit-bench-qualtrics-labels-{Respondents}.csv", writer => Qualtrics(writer, labels: true));
        if (SurveyFile.Read(_qualtricsCodes).Tallies.Features.Count != Features || SurveyFile.Read(_qualtricsLabels).Plan.Layout != SurveyLayout.Wide)
        {
            throw new InvalidOperationException("The Qualtrics files were not detected as 20 features.");
        }

        // The Qualtrics files draw their answers in another order than the wide file (all functional, then all dysfunctional).
        if (!SurveyFile.Read(_qualtricsCodes).Tallies.Features.Select(f => f.Tally).SequenceEqual(SurveyFile.Read(_qualtricsLabels).Tallies.Features.Select(f => f.Tally))
            || SurveyFile.Read(_wide).Tallies.Features.Sum(f => f.Tally.Total) != SurveyFile.Read(_qualtricsCodes).Tallies.Features.Sum(f => f.Tally.Total))
        {
            throw new InvalidOperationException("The Qualtrics files do not give the same tallies, or not as many pairs as the wide file.");
        }
    }

    [Benchmark(Baseline = true)]
    public long Wide() => SurveyFile.Read(_wide).Tallies.Features[0].Tally.Total;

    [Benchmark]
    public long WideOneThread() => SurveyFile.Read(_wide, new SurveyReadOptions { Threads = 1 }).Tallies.Features[0].Tally.Total;

    [Benchmark]
    public long QualtricsCodes() => SurveyFile.Read(_qualtricsCodes).Tallies.Features[0].Tally.Total;

    [Benchmark]
    public long QualtricsCodesOneThread() => SurveyFile.Read(_qualtricsCodes, new SurveyReadOptions { Threads = 1 }).Tallies.Features[0].Tally.Total;

    [Benchmark]
    public long QualtricsLabels() => SurveyFile.Read(_qualtricsLabels).Tallies.Features[0].Tally.Total;

    [Benchmark]
    public long QualtricsLabelsOneThread() => SurveyFile.Read(_qualtricsLabels, new SurveyReadOptions { Threads = 1 }).Tallies.Features[0].Tally.Total;

    private sealed class Throughput : ManualConfig
    {
        public Throughput() => AddColumn(new MegabytesPerSecond(FileOf));
    }

    private static string FileOf(BenchmarkCase benchmarkCase)
    {
        int respondents = (int)benchmarkCase.Parameters["Respondents"];
        string method = benchmarkCase.Descriptor.WorkloadMethod.Name;
        return method.StartsWith("Wide", StringComparison.Ordinal) ? $"kanokit-bench-{respondents}.csv"
            : method.StartsWith("QualtricsCodes", StringComparison.Ordinal) ? $"kanokit-bench-qualtrics-codes-{respondents}.csv"
            : $"kanokit-bench-qualtrics-labels-{respondents}.csv";
    }

    private static string Write(string name, Action<StreamWriter> write)
    {
        string path = Path.Combine(Path.GetTempPath(), name);
        if (!File.Exists(path))
        {
            using var writer = new StreamWriter(path + ".part", false, new UTF8Encoding(false), 1 << 20);
            write(writer);
            writer.Close();
            File.Move(path + ".part", path, overwrite: true);
        }

        return path;
    }

    private void Qualtrics(StreamWriter writer, bool labels)
    {
        var random = new Random(1);
        var ids = new StringBuilder("StartDate,EndDate,Status,Progress,Finished,ResponseId");
        var texts = new StringBuilder("Start Date,End Date,Response Type,Progress,Finished,Response ID");
        var imports = new StringBuilder("{\"ImportId\":\"startDate\"},{\"ImportId\":\"endDate\"},{\"ImportId\":\"status\"},{\"ImportId\":\"progress\"},{\"ImportId\":\"finished\"},{\"ImportId\":\"_recordId\"}");
        foreach (var (question, text) in new[] { (12, "How do you feel if you have this amenity?"), (13, "How do you feel if you do not have this amenity?") })
        {
            for (int f = 1; f <= Features; f++)
            {
                ids.Append($",Q{question}_{f}");
                texts.Append($",{text} - Amenity {f}");
                imports.Append($",{{\"ImportId\":\"QID{question}_{f}\"}}");
            }
        }

        writer.Write(ids.Append('\n'));
        writer.Write(texts.Append('\n'));
        writer.Write(imports.Append('\n'));
        var row = new StringBuilder();
        for (int r = 1; r <= Respondents; r++)
        {
            row.Clear().Append("2024-05-01 10:00:00,2024-05-01 10:05:00,IP Address,100,True,R_").Append(r.ToString("x10", System.Globalization.CultureInfo.InvariantCulture));
            for (int a = 0; a < 2 * Features; a++)
            {
                int answer = random.Next(5);
                row.Append(',');
                if (labels)
                {
                    row.Append(Labels[answer]);
                }
                else
                {
                    row.Append((char)('1' + answer));
                }
            }

            writer.Write(row.Append('\n'));
        }
    }
}
