using BenchmarkDotNet.Attributes;
using KanoKit.Analysis;
using KanoKit.Reporting;
using KanoKit.Statistics;
using KanoKit.Tallies;

namespace KanoKit.Benchmarks;

/// <summary>
/// <c>kanokit compare --segment</c> on 10,000 respondents × 30 features in 4 segments. The Monte-Carlo p-value:
/// <see cref="PermutationPValues"/> (baseline) is the naive exact-conditional test, shuffling the respondents'
/// segment labels (O(n) per resample); <see cref="RandomTablePValues"/> draws tables with the observed margins
/// (Patefield, O(cells) per resample), as the library does. <see cref="Compare"/> is the whole comparison with
/// Newcombe's intervals, <see cref="CompareSimulatedAndBootstrap"/> with 2,000 Monte-Carlo tables and 2,000
/// bootstrap resamples per feature and segment (intervals and differences).
/// </summary>
[MemoryDiagnoser]
public class SegmentComparisonBenchmarks
{
    private const int Features = 30;
    private const int Segments = 4;
    private const int Respondents = 10_000;
    private const int Resamples = 2000;
    private SurveyTallies _tallies = null!;
    private CategoryCounts[][] _rows = [];
    private byte[][] _categories = [];
    private byte[] _segmentOf = [];

    [GlobalSetup]
    public void Setup()
    {
        var random = new Random(12);
        var cells = new long[Features][][];
        _categories = new byte[Features][];
        _segmentOf = [.. Enumerable.Range(0, Respondents).Select(r => (byte)(r % Segments))];
        for (int f = 0; f < Features; f++)
        {
            double[] weights = [.. Enumerable.Range(0, 25).Select(_ => Math.Pow(random.NextDouble(), 3))];
            double sum = weights.Sum();
            cells[f] = [.. Enumerable.Range(0, Segments).Select(_ => new long[PairTally.CellCount])];
            _categories[f] = new byte[Respondents];
            for (int r = 0; r < Respondents; r++)
            {
                double u = random.NextDouble() * sum;
                int cell = 0;
                while (cell < 24 && (u -= weights[cell]) > 0)
                {
                    cell++;
                }

                cells[f][r % Segments][cell]++;
                _categories[f][r] = (byte)EvaluationTable.Standard.CellAt(cell);
            }
        }

        var segments = Enumerable.Range(0, Segments)
            .Select(s => new SegmentTallies("plan", $"s{s}", Respondents / Segments, Enumerable.Range(0, Features).Select(f => new FeatureTally($"f{f}", PairTally.FromCells(cells[f][s]))).ToEquatableArray()))
            .ToEquatableArray();
        var overall = Enumerable.Range(0, Features)
            .Select(f => new FeatureTally($"f{f}", segments.Select(s => s.Tallies[f].Tally).Aggregate((a, b) => a + b)))
            .ToEquatableArray();
        _tallies = new SurveyTallies(overall, segments, Respondents);
        _rows = [.. Enumerable.Range(0, Features).Select(f => segments.Select(s => CategoryCounts.From(s.Tallies[f].Tally, EvaluationTable.Standard)).ToArray())];
    }

    [Benchmark(Baseline = true)]
    public double PermutationPValues()
    {
        var random = new Random(1);
        byte[] labels = [.. _segmentOf];
        var table = new long[Segments, KanoCategories.Count];
        double total = 0;
        for (int f = 0; f < Features; f++)
        {
            double observed = ChiSquareIndependence.Test(_rows[f])!.Value.ChiSquare;
            int extreme = 0;
            for (int b = 0; b < Resamples; b++)
            {
                for (int i = labels.Length - 1; i > 0; i--)
                {
                    int j = random.Next(i + 1);
                    (labels[i], labels[j]) = (labels[j], labels[i]);
                }

                Array.Clear(table);
                byte[] categories = _categories[f];
                for (int r = 0; r < labels.Length; r++)
                {
                    table[labels[r], categories[r]]++;
                }

                if (ChiSquareIndependence.Test(table)!.Value.ChiSquare >= observed * (1 - 1e-14))
                {
                    extreme++;
                }
            }

            total += (1.0 + extreme) / (Resamples + 1.0);
        }

        return total;
    }

    [Benchmark]
    public double RandomTablePValues()
    {
        double total = 0;
        for (int f = 0; f < Features; f++)
        {
            total += ChiSquareIndependence.SimulatePValue(_rows[f], Resamples, (ulong)f)!.Value.P;
        }

        return total;
    }

    [Benchmark]
    public ComparisonReport Compare() => KanoComparison.BySegment(_tallies, "plan");

    [Benchmark]
    public ComparisonReport CompareSimulatedAndBootstrap() => KanoComparison.BySegment(
        _tallies,
        "plan",
        new ComparisonOptions { MonteCarloResamples = Resamples, Holm = true, Analysis = KanoOptions.Default with { IntervalMethod = IntervalMethod.Bootstrap, Resamples = Resamples } });
}
