using System.Text;
using BenchmarkDotNet.Attributes;
using KanoKit.Reading;

namespace KanoKit.Benchmarks;

/// <summary>
/// Wide CSV with importance columns or a segment column (respondents × 20 features, one-digit codes) into tallies:
/// the general path (decoded characters, stored fields) as the baseline, the byte path on one and two threads.
/// <c>importance</c>: a one-digit 1–9 rating beside each feature's pair (whole ratings: merged exactly across threads);
/// <c>segment</c>: a <c>plan</c> column of four values, read with <c>Segments = ["plan"]</c>. 100k and 1M rows show that
/// allocations do not grow with rows. File sizes (1M rows): importance 127 MB, segment 94 MB.
/// </summary>
[MemoryDiagnoser]
public class WideImportanceSegmentReadBenchmarks
{
    private const int Features = 20;
    private static readonly string[] Plans = ["basic", "plus", "pro", "team"];
    private string _path = string.Empty;
    private SurveyReadOptions _options = new();

    [Params(100_000, 1_000_000)]
    public int Respondents { get; set; }

    [Params("importance", "segment")]
    public string Kind { get; set; } = "importance";

    [GlobalSetup]
    public void Setup()
    {
        _path = FileFor(Kind, Respondents);
        _options = Kind == "segment" ? new SurveyReadOptions { Segments = ["plan"] } : new SurveyReadOptions();
    }

    [Benchmark(Baseline = true)]
    public long GeneralPath() => Read(_options with { Threads = 1, BytePath = false });

    [Benchmark]
    public long BytesOneThread() => Read(_options with { Threads = 1 });

    [Benchmark]
    public long BytesTwoThreads() => Read(_options with { Threads = 2 });

    /// <summary>The file of one kind: <c>kanokit-bench-{kind}-{respondents}.csv</c> in the temporary folder, written once.</summary>
    public static string FileFor(string kind, int respondents)
    {
        string path = Path.Combine(Path.GetTempPath(), $"kanokit-bench-{kind}-{respondents}.csv");
        if (File.Exists(path))
        {
            return path;
        }

        bool importance = kind == "importance";
        var random = new Random(1);
        using (var writer = new StreamWriter(path + ".tmp", false, new UTF8Encoding(false), 1 << 20))
        {
            writer.Write(importance ? "respondent" : "respondent,plan");
            for (int f = 0; f < Features; f++)
            {
                writer.Write(importance ? $",f{f}_functional,f{f}_dysfunctional,f{f}_importance" : $",f{f}_functional,f{f}_dysfunctional");
            }

            writer.Write('\n');
            var row = new StringBuilder();
            for (int r = 1; r <= respondents; r++)
            {
                row.Clear().Append(r);
                if (!importance)
                {
                    row.Append(',').Append(Plans[random.Next(Plans.Length)]);
                }

                for (int f = 0; f < Features; f++)
                {
                    row.Append(',').Append((char)('1' + random.Next(5))).Append(',').Append((char)('1' + random.Next(5)));
                    if (importance)
                    {
                        row.Append(',').Append((char)('1' + random.Next(9)));
                    }
                }

                writer.Write(row.Append('\n'));
            }
        }

        File.Move(path + ".tmp", path, overwrite: true);
        return path;
    }

    private long Read(SurveyReadOptions options)
    {
        var tallies = SurveyFile.Read(_path, options).Tallies;
        return tallies.Features[0].Tally.Total + tallies.Features[0].Importance.Count + tallies.Segments.Count;
    }
}
