using System.Diagnostics;
using System.Globalization;
using System.Text;
using KanoKit.Reading;
using KanoKit.Reading.Layouts;

namespace KanoKit.Benchmarks;

/// <summary>Times the files of <see cref="ExportReadBenchmarks"/> and the text-id check outside BenchmarkDotNet (least and median of several rounds).</summary>
internal static class ExportTiming
{
    public static void Run(int rounds, string? only = null)
    {
        string wide = Path.Combine(Path.GetTempPath(), "kanokit-bench-1000000.csv");
        string codes = Path.Combine(Path.GetTempPath(), "kanokit-bench-qualtrics-codes-1000000.csv");
        if (!File.Exists(wide) || !File.Exists(codes))
        {
            new ExportReadBenchmarks { Respondents = 1_000_000 }.Setup(); // writes the files (and checks them)
        }

        foreach (var (name, file, threads) in new[] { ("Wide", wide, (int?)null), ("WideOneThread", wide, 1), ("QualtricsCodes", codes, null), ("QualtricsCodesOneThread", codes, 1) })
        {
            if (only is null || only == name)
            {
                Report(name, new FileInfo(file).Length, rounds, () => SurveyFile.Read(file, new SurveyReadOptions { Threads = threads }).Tallies.Respondents ?? 0);
            }
        }

        if (only is not null)
        {
            return;
        }

        var ids = new byte[1_000_000][];
        for (int r = 0; r < ids.Length; r++)
        {
            ids[r] = Encoding.ASCII.GetBytes("R_" + (r + 1).ToString("x10", CultureInfo.InvariantCulture));
        }

        Report("Fingerprint 1M ids", 0, rounds, () =>
        {
            ulong sum = 0;
            foreach (var id in ids)
            {
                sum += IdFingerprints.Fingerprint(id);
            }

            return (long)sum;
        });
        var held = new IdFingerprints();
        foreach (var id in ids)
        {
            held.Add(IdFingerprints.Fingerprint(id));
        }

        Report("AnyRepeated 1M", 0, rounds, () => held.AnyRepeated() ? 1 : 0);
        Report("AnyRepeated 1M, 2 threads", 0, rounds, () => held.AnyRepeated(2) ? 1 : 0);
        Report("Add+AnyRepeated 1M", 0, rounds, () =>
        {
            var set = new IdFingerprints();
            foreach (var id in ids)
            {
                set.Add(IdFingerprints.Fingerprint(id));
            }

            bool repeated = set.AnyRepeated();
            set.Release();
            return repeated ? 1 : 0;
        });
    }

    /// <summary>
    /// The wide file and the Qualtrics file read alternately, <paramref name="pairs"/> times on all processors and on one
    /// thread, and the Qualtrics file's megabytes per second over the wide file's within each pair: on a machine whose
    /// speed drifts (a shared VM: the wide file alone took 30–45 ms in BenchmarkDotNet runs minutes apart), a ratio of
    /// neighbours measures what a ratio of separate runs cannot.
    /// </summary>
    public static void Pairs(int pairs)
    {
        string wide = Path.Combine(Path.GetTempPath(), "kanokit-bench-1000000.csv");
        string codes = Path.Combine(Path.GetTempPath(), "kanokit-bench-qualtrics-codes-1000000.csv");
        if (!File.Exists(wide) || !File.Exists(codes))
        {
            new ExportReadBenchmarks { Respondents = 1_000_000 }.Setup();
        }

        double wideMb = new FileInfo(wide).Length / 1e6, codesMb = new FileInfo(codes).Length / 1e6;
        foreach (int? threads in (int?[])[null, 1])
        {
            var options = new SurveyReadOptions { Threads = threads };
            for (int i = 0; i < 5; i++)
            {
                SurveyFile.Read(wide, options);
                SurveyFile.Read(codes, options);
            }

            var wideMs = new List<double>();
            var codesMs = new List<double>();
            var ratios = new List<double>();
            for (int i = 0; i < pairs; i++)
            {
                var watch = Stopwatch.StartNew();
                SurveyFile.Read(wide, options);
                double a = watch.Elapsed.TotalMilliseconds;
                watch.Restart();
                SurveyFile.Read(codes, options);
                double b = watch.Elapsed.TotalMilliseconds;
                wideMs.Add(a);
                codesMs.Add(b);
                ratios.Add(codesMb / b / (wideMb / a));
            }

            wideMs.Sort();
            codesMs.Sort();
            ratios.Sort();
            double wideMedian = wideMs[pairs / 2], codesMedian = codesMs[pairs / 2];
            Console.WriteLine(string.Create(
                CultureInfo.InvariantCulture,
                $"{(threads is null ? "all processors" : "one thread"),-14} wide median {wideMedian:0.0} ms ({wideMb / wideMedian * 1000:0} MB/s), Qualtrics median {codesMedian:0.0} ms ({codesMb / codesMedian * 1000:0} MB/s); Qualtrics/wide MB/s per pair: median {ratios[pairs / 2]:0.00}, quartiles {ratios[pairs / 4]:0.00}–{ratios[3 * pairs / 4]:0.00}  (load {File.ReadAllText("/proc/loadavg").Trim()})"));
        }
    }

    private static void Report(string name, long bytes, int rounds, Func<long> read)
    {
        read();
        var times = new List<double>();
        for (int i = 0; i < rounds; i++)
        {
            var watch = Stopwatch.StartNew();
            read();
            times.Add(watch.Elapsed.TotalMilliseconds);
        }

        times.Sort();
        double least = times[0];
        double median = times[times.Count / 2];
        string rate = bytes > 0 ? $", {bytes / 1e6 / (least / 1000):0} MB/s at least" : string.Empty;
        Console.WriteLine($"{name,-26} least {least,7:0.0} ms, median {median,7:0.0} ms{rate}  (load {File.ReadAllText("/proc/loadavg").Trim()})");
    }
}
