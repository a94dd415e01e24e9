using BenchmarkDotNet.Attributes;
using KanoKit.Statistics;

namespace KanoKit.Benchmarks;

/// <summary>
/// The issue-12 scenario: a survey of <see cref="Respondents"/> respondents × 30 features, analysed overall and in 4
/// equal segments (150 tallies), 2,000 bootstrap resamples each. <see cref="CategoricalTrials"/> (baseline) resamples
/// the way a respondent bootstrap does, one categorical draw per respondent (O(n) per resample);
/// <see cref="ConditionalBinomials"/> draws each resample as 25-cell conditional binomials (O(cells), whatever n);
/// <see cref="FullBootstrap"/> is the library call that also computes every statistic, its percentile interval and
/// the category stability.
/// </summary>
[MemoryDiagnoser]
public class MultinomialBootstrapBenchmarks
{
    private const int Features = 30;
    private const int Segments = 4;
    private const int Resamples = 2000;
    private PairTally[] _tallies = [];
    private MultinomialDraw[] _draws = [];
    private readonly long[] _cells = new long[PairTally.CellCount];
    private readonly BootstrapSettings _settings = new() { Resamples = Resamples, Seed = 1 };

    [Params(1_000, 10_000)]
    public int Respondents { get; set; }

    [GlobalSetup]
    public void Setup()
    {
        var random = new Random(12);
        var tallies = new List<PairTally>();
        for (int feature = 0; feature < Features; feature++)
        {
            // A feature-specific answer distribution, so that tallies differ as in a real survey.
            double[] weights = [.. Enumerable.Range(0, 25).Select(_ => Math.Pow(random.NextDouble(), 3))];
            double sum = weights.Sum();
            var segments = new long[Segments][];
            for (int s = 0; s < Segments; s++)
            {
                segments[s] = new long[PairTally.CellCount];
            }

            for (int respondent = 0; respondent < Respondents; respondent++)
            {
                double u = random.NextDouble() * sum;
                int cell = 0;
                while (cell < 24 && (u -= weights[cell]) > 0)
                {
                    cell++;
                }

                segments[respondent % Segments][cell]++;
            }

            var overall = PairTally.Empty;
            foreach (long[] segment in segments)
            {
                var tally = PairTally.FromCells(segment);
                tallies.Add(tally);
                overall += tally;
            }

            tallies.Add(overall);
        }

        _tallies = [.. tallies];
        _draws = [.. _tallies.Select(t => new MultinomialDraw(t.ToCellArray()))];
    }

    [Benchmark(Baseline = true)]
    public long CategoricalTrials()
    {
        var random = new Xoshiro256StarStar(1);
        Span<long> cumulative = stackalloc long[PairTally.CellCount];
        long check = 0;
        foreach (var tally in _tallies)
        {
            long running = 0;
            for (int cell = 0; cell < PairTally.CellCount; cell++)
            {
                running += tally.CellAt(cell);
                cumulative[cell] = running;
            }

            for (int b = 0; b < Resamples; b++)
            {
                Array.Clear(_cells);
                for (long trial = 0; trial < running; trial++)
                {
                    ulong u = random.NextBelow((ulong)running);
                    int cell = 0;
                    while ((ulong)cumulative[cell] <= u)
                    {
                        cell++;
                    }

                    _cells[cell]++;
                }

                check += _cells[0];
            }
        }

        return check;
    }

    [Benchmark]
    public long ConditionalBinomials()
    {
        var random = new Xoshiro256StarStar(1);
        long check = 0;
        foreach (var draw in _draws)
        {
            for (int b = 0; b < Resamples; b++)
            {
                draw.Sample(ref random, _cells);
                check += _cells[0];
            }
        }

        return check;
    }

    [Benchmark]
    public double FullBootstrap()
    {
        double check = 0;
        foreach (var tally in _tallies)
        {
            check += MultinomialBootstrap.Run(tally, EvaluationTable.Standard, _settings)!.Stability.Share;
        }

        return check;
    }
}
