using KanoKit.Statistics;
using MathNet.Numerics;
using MathNet.Numerics.Distributions;

namespace KanoKit.Tests.Statistics;

public class BinomialDrawTests
{
    [Theory]
    [InlineData(20, 0.3)] // inversion (n·p = 6)
    [InlineData(1_000_000, 0.000004)] // inversion with large n and tiny p
    [InlineData(40, 0.3)] // BTRS at its lower edge (n·p = 12)
    [InlineData(1000, 0.3)] // BTRS
    [InlineData(10_000, 0.97)] // BTRS on the mirrored side (p > ½)
    [InlineData(2_000_000_000, 0.4)] // BTRS with n near 2³¹
    [InlineData(15, 0.9)] // inversion on the mirrored side
    public void Draws_follow_the_binomial_distribution(long n, double p)
    {
        // Pearson goodness of fit of 200,000 draws against MathNet's binomial probabilities, bins merged in the tails
        // until each expects at least 20 draws. The seed is fixed, so the test is deterministic; p > 0.001 is required.
        const int draws = 200_000;
        var random = new Xoshiro256StarStar(2024);
        var observed = new Dictionary<long, int>();
        double sum = 0;
        for (int i = 0; i < draws; i++)
        {
            long x = BinomialDraw.Sample(ref random, n, p);
            Assert.InRange(x, 0, n);
            observed[x] = observed.GetValueOrDefault(x) + 1;
            sum += x;
        }

        double mean = n * p;
        double sd = Math.Sqrt(n * p * (1 - p));
        Assert.InRange(sum / draws, mean - (5 * sd / Math.Sqrt(draws)), mean + (5 * sd / Math.Sqrt(draws)));

        long low = Math.Max(0, (long)Math.Floor(mean - (8 * sd) - 2));
        long high = Math.Min(n, (long)Math.Ceiling(mean + (8 * sd) + 2));
        var bins = new List<(double Expected, long Observed)>();
        double expected = low > 0 ? draws * Binomial.CDF(p, (int)n, low - 1) : 0;
        long seen = observed.Where(o => o.Key < low).Sum(o => (long)o.Value);
        for (long x = low; x <= high; x++)
        {
            expected += draws * Math.Exp(Binomial.PMFLn(p, (int)n, (int)x));
            seen += observed.GetValueOrDefault(x);
            if (expected >= 20)
            {
                bins.Add((expected, seen));
                (expected, seen) = (0, 0);
            }
        }

        expected += high < n ? draws * (1 - Binomial.CDF(p, (int)n, high)) : 0;
        seen += observed.Where(o => o.Key > high).Sum(o => (long)o.Value);
        bins[^1] = (bins[^1].Expected + expected, bins[^1].Observed + seen);
        double chiSquare = bins.Sum(bin => (bin.Observed - bin.Expected) * (bin.Observed - bin.Expected) / bin.Expected);
        int df = bins.Count - 1;
        double pValue = SpecialFunctions.GammaUpperRegularized(df / 2.0, chiSquare / 2);
        Assert.True(pValue > 0.001, $"χ² = {chiSquare:F1} on {df} df, p = {pValue:G3}");
    }

    [Fact]
    public void Degenerate_probabilities_and_sizes()
    {
        var random = new Xoshiro256StarStar(1);
        Assert.Equal(0, BinomialDraw.Sample(ref random, 0, 0.5));
        Assert.Equal(0, BinomialDraw.Sample(ref random, 100, 0));
        Assert.Equal(100, BinomialDraw.Sample(ref random, 100, 1));
    }

    [Fact]
    public void Stirling_tail_matches_exact_log_factorials()
    {
        // ln k! − [(k + ½) ln(k + 1) − (k + 1) + ½ ln 2π], with ln k! from MathNet's FactorialLn.
        for (int k = 0; k <= 200; k++)
        {
            double exact = SpecialFunctions.FactorialLn(k) - (((k + 0.5) * Math.Log(k + 1)) - (k + 1) + (0.5 * Math.Log(2 * Math.PI)));
            Assert.Equal(exact, BinomialDraw.StirlingTail(k), 1e-12 * Math.Max(1, SpecialFunctions.FactorialLn(k)));
        }
    }
}
