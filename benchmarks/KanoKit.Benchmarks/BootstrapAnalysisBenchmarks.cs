using BenchmarkDotNet.Attributes;
using KanoKit.Analysis;
using KanoKit.Reporting;
using KanoKit.Statistics;
using KanoKit.Tallies;

namespace KanoKit.Benchmarks;

/// <summary>
/// The issue-12 target end to end: the FULL analysis (<c>SurveyTallies.Analyze(options)</c>: every statistic, interval,
/// stability and category decision, overall and in 4 segments) of a 10,000-respondent × 30-feature survey from its
/// tallies, with 2,000 multinomial bootstrap resamples per feature and segment (150 bootstraps, 300,000 resamples).
/// <see cref="WilsonAnalysis"/> (baseline) is the same analysis with Wilson intervals and no resampling.
/// </summary>
[MemoryDiagnoser]
public class BootstrapAnalysisBenchmarks
{
    private const int Features = 30;
    private const int Segments = 4;
    private const int Respondents = 10_000;
    private SurveyTallies _tallies = null!;
    private readonly KanoOptions _bootstrap = KanoOptions.Default with { IntervalMethod = IntervalMethod.Bootstrap, Resamples = 2000, Seed = 1 };
    private readonly KanoOptions _evidence = KanoOptions.Default with { IntervalMethod = IntervalMethod.Bootstrap, Resamples = 2000, Seed = 1, CategoryRule = CategoryRule.Evidence() };

    [GlobalSetup]
    public void Setup()
    {
        var random = new Random(12);
        var overall = new List<FeatureTally>();
        var segments = Enumerable.Range(0, Segments).Select(_ => new List<FeatureTally>()).ToArray();
        for (int feature = 0; feature < Features; feature++)
        {
            // A feature-specific answer distribution, so that tallies differ as in a real survey.
            double[] weights = [.. Enumerable.Range(0, 25).Select(_ => Math.Pow(random.NextDouble(), 3))];
            double sum = weights.Sum();
            var cells = new long[Segments][];
            for (int s = 0; s < Segments; s++)
            {
                cells[s] = new long[PairTally.CellCount];
            }

            for (int respondent = 0; respondent < Respondents; respondent++)
            {
                double u = random.NextDouble() * sum;
                int cell = 0;
                while (cell < 24 && (u -= weights[cell]) > 0)
                {
                    cell++;
                }

                cells[respondent % Segments][cell]++;
            }

            var total = PairTally.Empty;
            for (int s = 0; s < Segments; s++)
            {
                var tally = PairTally.FromCells(cells[s]);
                segments[s].Add(new FeatureTally($"feature {feature}", tally));
                total += tally;
            }

            overall.Add(new FeatureTally($"feature {feature}", total));
        }

        _tallies = new SurveyTallies(
            [.. overall],
            [.. segments.Select((s, i) => new SegmentTallies("segment", $"s{i}", Respondents / Segments, [.. s]))],
            Respondents);
    }

    [Benchmark(Baseline = true)]
    public KanoReport WilsonAnalysis() => _tallies.Analyze();

    [Benchmark]
    public KanoReport BootstrapAnalysis() => _tallies.Analyze(_bootstrap);

    [Benchmark]
    public KanoReport BootstrapEvidenceAnalysis() => _tallies.Analyze(_evidence);
}
