using BenchmarkDotNet.Running;
using KanoKit.Benchmarks;

// "parquet <path> <respondents>" writes the DuckDB benchmark's Parquet file (for measuring the CLI); anything else runs benchmarks.
if (args is ["parquet", var path, var respondents])
{
    DuckDbParquetBenchmarks.WriteParquet(path, int.Parse(respondents, System.Globalization.CultureInfo.InvariantCulture));
    return;
}

// "long-file <respondents>" writes the long benchmark file once and prints its path; "long-read <path>" reads a file with
// KanoKit and prints what it counted (for long-peak.sh, which measures the whole process's peak memory).
if (args is ["long-file", var count])
{
    Console.WriteLine(LongReadBenchmarks.FileFor(int.Parse(count, System.Globalization.CultureInfo.InvariantCulture)));
    return;
}

if (args is ["long-read", var file])
{
    var data = KanoKit.Reading.SurveyFile.Read(file);
    Console.WriteLine($"{data.Tallies.Respondents} respondents, {data.Tallies.Features.Count} features, {data.Tallies.Features.Sum(f => f.Tally.Total)} answer pairs");
    return;
}

// "xlsx-read <path> <times>" reads a workbook with KanoKit.Excel and prints each read's time (for a quick look outside BenchmarkDotNet).
if (args is ["xlsx-read", var workbook, var times])
{
    if (!File.Exists(workbook))
    {
        ExcelReadBenchmarks.Write(workbook, 100_000);
    }

    for (int i = 0; i < int.Parse(times, System.Globalization.CultureInfo.InvariantCulture); i++)
    {
        var watch = System.Diagnostics.Stopwatch.StartNew();
        var data = KanoKit.Excel.KanoExcel.Read(workbook);
        Console.WriteLine($"{watch.Elapsed.TotalSeconds:0.000} s, {data.Tallies.Respondents} respondents");
    }

    return;
}

// "export-time <times>" reads the ExportReadBenchmarks files (1M respondents) several times on two threads and on one,
// and times the text-id fingerprints and their final check apart (a quick look outside BenchmarkDotNet); with a name, only that.
// "export-pairs <pairs>" reads the wide and the Qualtrics file alternately and gives their per-byte speed ratio pair by pair.
if (args is ["export-pairs", var pairs])
{
    ExportTiming.Pairs(int.Parse(pairs, System.Globalization.CultureInfo.InvariantCulture));
    return;
}

if (args is ["export-time", var rounds, .. var only])
{
    ExportTiming.Run(int.Parse(rounds, System.Globalization.CultureInfo.InvariantCulture), only is [var name] ? name : null);
    return;
}

BenchmarkSwitcher.FromAssembly(typeof(Program).Assembly).Run(args);
