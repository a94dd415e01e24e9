using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using KanoKit.Statistics;

namespace KanoKit.Tests.Statistics;

public class MultinomialDrawTests
{
    [Property(MaxTest = 200)]
    public Property Every_draw_keeps_n_and_leaves_empty_cells_empty() =>
        Prop.ForAll(Generators.TallyArb, Gen.Choose(0, 1000).ToArbitrary(), (tally, seed) =>
        {
            long[] cells = tally.ToCellArray();
            var draw = new MultinomialDraw(cells);
            var random = new Xoshiro256StarStar((ulong)seed);
            var destination = new long[PairTally.CellCount];
            for (int i = 0; i < 20; i++)
            {
                draw.Sample(ref random, destination);
                if (destination.Sum() != tally.Total || Enumerable.Range(0, 25).Any(c => cells[c] == 0 && destination[c] != 0))
                {
                    return false;
                }
            }

            return true;
        });

    [Fact]
    public void Cell_means_variances_and_covariances_are_multinomial()
    {
        // E x_i = n p_i, Var x_i = n p_i (1 − p_i), Cov(x_i, x_j) = −n p_i p_j (Johnson, Kotz & Balakrishnan 1997, ch. 35).
        long[] cells = [400, 0, 3, 250, 1, 0, 0, 90, 7, 1000, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 249];
        double n = cells.Sum();
        var draw = new MultinomialDraw(cells);
        var random = new Xoshiro256StarStar(99);
        const int draws = 40_000;
        var sum = new double[25];
        var squares = new double[25];
        double cross = 0; // cells 0 and 9
        var x = new long[25];
        for (int d = 0; d < draws; d++)
        {
            draw.Sample(ref random, x);
            for (int c = 0; c < 25; c++)
            {
                sum[c] += x[c];
                squares[c] += (double)x[c] * x[c];
            }

            cross += (double)x[0] * x[9];
        }

        for (int c = 0; c < 25; c++)
        {
            double p = cells[c] / n;
            double mean = sum[c] / draws;
            double variance = (squares[c] / draws) - (mean * mean);
            double expectedVariance = n * p * (1 - p);
            Assert.InRange(mean, (n * p) - (5 * Math.Sqrt(expectedVariance / draws)) - 1e-9, (n * p) + (5 * Math.Sqrt(expectedVariance / draws)) + 1e-9);
            if (cells[c] > 50)
            {
                Assert.InRange(variance / expectedVariance, 0.95, 1.05);
            }
        }

        double covariance = (cross / draws) - (sum[0] / draws * (sum[9] / draws));
        double expectedCovariance = -n * (400 / n) * (1000 / n);
        Assert.InRange(covariance / expectedCovariance, 0.93, 1.07);
    }
}
