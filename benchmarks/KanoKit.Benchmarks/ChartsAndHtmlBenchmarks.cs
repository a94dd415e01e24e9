using KanoKit.Analysis;
using System.Collections.Immutable;
using BenchmarkDotNet.Attributes;
using KanoKit.Plots;
using KanoKit.Reporting;
using KanoKit.Tallies;
using KanoKit.Writing;

namespace KanoKit.Benchmarks;

/// <summary>
/// All three charts (SVG and PNG) and the HTML report with its charts for a 50-feature survey (target: under 1 s).
/// The baseline is the HTML report without charts: what the charts add.
/// </summary>
[MemoryDiagnoser]
public class ChartsAndHtmlBenchmarks
{
    private KanoReport _report = null!;

    [Params(50)]
    public int Features { get; set; }

    [GlobalSetup]
    public void Setup()
    {
        var random = new Random(50);
        var tallies = ImmutableArray.CreateBuilder<FeatureTally>();
        for (int f = 0; f < Features; f++)
        {
            // 25 cells with weights skewed per feature, so that features spread over the quadrants.
            var cells = new long[PairTally.CellCount];
            for (int c = 0; c < cells.Length; c++)
            {
                cells[c] = random.Next(1, 12) * (1 + ((c + f) % 4));
            }

            tallies.Add(new FeatureTally($"feature {f}", PairTally.FromCells(cells)));
        }

        _report = KanoAnalysis.Analyze(tallies.ToImmutable());
    }

    [Benchmark(Baseline = true)]
    public string HtmlWithoutCharts() => _report.ToHtml();

    [Benchmark]
    public int ThreeChartsSvgAndPng()
    {
        int bytes = 0;
        foreach (var chart in new[] { KanoCharts.BetterWorse(_report), KanoCharts.Categories(_report), KanoCharts.Continuous(_report) })
        {
            bytes += chart.ToSvg().Length + chart.ToPng().Length;
        }

        return bytes;
    }

    [Benchmark]
    public string HtmlWithCharts() => _report.ToChartedHtml();
}
