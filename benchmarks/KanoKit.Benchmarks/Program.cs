using BenchmarkDotNet.Running;
using KanoKit.Benchmarks;

// "parquet <path> <respondents>" writes the DuckDB benchmark's Parquet file (for measuring the CLI); anything else runs benchmarks.
if (args is ["parquet", var path, var respondents])
{
    DuckDbParquetBenchmarks.WriteParquet(path, int.Parse(respondents, System.Globalization.CultureInfo.InvariantCulture));
    return;
}

BenchmarkSwitcher.FromAssembly(typeof(Program).Assembly).Run(args);
