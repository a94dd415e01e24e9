using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using KanoKit.Statistics;
using MathNet.Numerics.Distributions;

namespace KanoKit.Tests.Statistics;

public class ChiSquareIndependenceTests
{
    // R's ?chisq.test example (Agresti 2007, An Introduction to Categorical Data Analysis, p. 39: party
    // identification by gender): M <- as.table(rbind(c(762, 327, 468), c(484, 239, 477))); chisq.test(M) prints
    // "X-squared = 30.07, df = 2, p-value = 2.954e-07".
    private static readonly long[,] Agresti = { { 762, 327, 468 }, { 484, 239, 477 } };

    [Fact]
    public void Matches_Rs_chisq_test_documentation_example()
    {
        var test = ChiSquareIndependence.Test(Agresti)!.Value;
        Assert.Equal(30.07, Math.Round(test.ChiSquare, 2));
        Assert.Equal(2, test.Df);
        Assert.Equal(2.954e-07, test.P, 0.0005e-07);
        Assert.Equal(2757, test.N);
        // Cramér's V = sqrt(30.07 / (2757 · (2 − 1))) = 0.1044.
        Assert.Equal(0.1044, Math.Round(test.CramersV, 4));
        Assert.False(test.Sparse);
    }

    [Fact]
    public void All_zero_rows_and_columns_are_dropped_before_df()
    {
        long[,] padded = { { 762, 0, 327, 468 }, { 0, 0, 0, 0 }, { 484, 0, 239, 477 } };
        Assert.Equal(ChiSquareIndependence.Test(Agresti), ChiSquareIndependence.Test(padded));
    }

    [Fact]
    public void Segment_rows_of_category_counts_drop_empty_categories()
    {
        // Two segments, R and Q never chosen: a 2 × 4 table, df = 3.
        var rows = new[] { new CategoryCounts(10, 20, 30, 5, 0, 0), new CategoryCounts(25, 15, 10, 5, 0, 0) };
        var test = ChiSquareIndependence.Test(rows)!.Value;
        Assert.Equal(3, test.Df);
        Assert.Equal((2, 4), (test.Rows, test.Columns));
        Assert.Equal(ChiSquareIndependence.Test(new long[,] { { 10, 20, 30, 5 }, { 25, 15, 10, 5 } }), test);
    }

    [Fact]
    public void Sparse_when_more_than_a_fifth_of_expected_counts_are_below_5()
    {
        // Expected counts: row totals 12 and 12, column totals 2, 10, 12 → e = 1, 5, 6 in each row: 2 of 6 below 5.
        var test = ChiSquareIndependence.Test(new long[,] { { 2, 4, 6 }, { 0, 6, 6 } })!.Value;
        Assert.Equal(2.0 / 6, test.SmallExpectedShare, 12);
        Assert.True(test.Sparse);
    }

    [Fact]
    public void No_test_with_fewer_than_two_rows_or_columns()
    {
        Assert.Null(ChiSquareIndependence.Test(new long[,] { { 1, 2, 3 }, { 0, 0, 0 } }));
        Assert.Null(ChiSquareIndependence.Test(new long[,] { { 1, 0 }, { 4, 0 } }));
        Assert.Null(ChiSquareIndependence.SimulatePValue(new long[,] { { 5 } }, 100, 1));
        Assert.Throws<ArgumentOutOfRangeException>(() => ChiSquareIndependence.Test(new long[,] { { 1, -1 }, { 1, 1 } }));
    }

    [Fact]
    public void Identical_segments_give_chi_square_0_and_p_1()
    {
        var test = ChiSquareIndependence.Test(new long[,] { { 10, 20, 30 }, { 10, 20, 30 } })!.Value;
        Assert.Equal(0, test.ChiSquare, 12);
        Assert.Equal(1, test.P);
        var simulated = ChiSquareIndependence.SimulatePValue(new long[,] { { 10, 20, 30 }, { 10, 20, 30 } }, 200, 3)!.Value;
        Assert.Equal(1, simulated.P);
    }

    [Fact]
    public void Monte_Carlo_p_is_seeded_and_bit_identical()
    {
        long[,] table = { { 12, 5, 9 }, { 7, 14, 3 }, { 4, 6, 11 } };
        var first = ChiSquareIndependence.SimulatePValue(table, 2000, 42);
        Assert.Equal(first, ChiSquareIndependence.SimulatePValue(table, 2000, 42));
        Assert.NotEqual(first!.Value.AtLeastAsExtreme, ChiSquareIndependence.SimulatePValue(table, 2000, 7)!.Value.AtLeastAsExtreme);
    }

    [Fact]
    public void Monte_Carlo_p_of_the_R_example_is_the_smallest_possible()
    {
        // χ² = 30.07 has asymptotic p = 3e-7: no simulated table of 2,000 reaches it, p = 1 / 2001.
        var p = ChiSquareIndependence.SimulatePValue(Agresti, 2000, 1)!.Value;
        Assert.Equal(0, p.AtLeastAsExtreme);
        Assert.Equal(1.0 / 2001, p.P);
    }

    [Property(MaxTest = 15)]
    public Property Monte_Carlo_p_converges_to_the_asymptotic_p_on_large_non_sparse_tables() =>
        Prop.ForAll(Gen.Choose(40, 90).ArrayOf(6).ToArbitrary(), Gen.Choose(0, 10_000).ToArbitrary(), (counts, seed) =>
        {
            // 2 × 3 tables with every cell 40 … 90: all expected counts far above 5, so the asymptotic p is accurate to
            // well under 0.01; the Monte-Carlo p must lie within 4 of its standard errors (B = 4,000) of it.
            long[,] table = { { counts[0], counts[1], counts[2] }, { counts[3], counts[4], counts[5] } };
            double asymptotic = ChiSquareIndependence.Test(table)!.Value.P;
            var simulated = ChiSquareIndependence.SimulatePValue(table, 4000, (ulong)seed)!.Value;
            double se = Math.Sqrt(asymptotic * (1 - asymptotic) / 4000);
            return (Math.Abs(simulated.P - asymptotic) <= (4 * se) + 0.01)
                .Label($"asymptotic {asymptotic:F4}, simulated {simulated.P:F4}, se {se:F4}");
        });

    [Property(MaxTest = 100)]
    public Property Random_tables_keep_both_margins() =>
        Prop.ForAll(Gen.Choose(0, 30).ArrayOf(12).ToArbitrary(), Gen.Choose(0, 1000).ToArbitrary(), (counts, seed) =>
        {
            long[] rows = [counts[0] + counts[1] + counts[2] + 1, counts[3] + counts[4] + counts[5], counts[6] + counts[7] + counts[8]];
            long total = rows.Sum();
            // Columns: a random split of the same total into four.
            long[] columns = [counts[9] % (total + 1), 0, 0, 0];
            columns[1] = counts[10] % (total - columns[0] + 1);
            columns[2] = counts[11] % (total - columns[0] - columns[1] + 1);
            columns[3] = total - columns[0] - columns[1] - columns[2];
            var generator = new RandomTable(rows, columns);
            var random = new Xoshiro256StarStar((ulong)seed);
            var cells = new long[12];
            for (int draw = 0; draw < 10; draw++)
            {
                generator.Sample(ref random, cells);
                for (int r = 0; r < 3; r++)
                {
                    if (cells.Skip(r * 4).Take(4).Sum() != rows[r])
                    {
                        return false;
                    }
                }

                for (int c = 0; c < 4; c++)
                {
                    if (cells[c] + cells[4 + c] + cells[8 + c] != columns[c] || cells.Any(x => x < 0))
                    {
                        return false;
                    }
                }
            }

            return true;
        });

    [Theory]
    [InlineData(10, 4, 30)]
    [InlineData(200, 150, 1000)]
    [InlineData(25, 40, 50)]
    public void Cell_draws_follow_the_hypergeometric_distribution(int draws, int marked, int population)
    {
        // Frequencies of 100,000 draws against MathNet's Hypergeometric(population, marked, draws): each within
        // 5 binomial standard errors of its probability.
        var random = new Xoshiro256StarStar(8);
        var counts = new Dictionary<long, int>();
        const int samples = 100_000;
        for (int i = 0; i < samples; i++)
        {
            long x = RandomTable.Hypergeometric(ref random, draws, marked, population);
            counts[x] = counts.GetValueOrDefault(x) + 1;
        }

        var distribution = new Hypergeometric(population, marked, draws);
        for (int x = distribution.Minimum; x <= distribution.Maximum; x++)
        {
            double p = distribution.Probability(x);
            double se = Math.Sqrt(p * (1 - p) / samples);
            Assert.InRange(counts.GetValueOrDefault(x) / (double)samples, p - (5 * se) - 1e-12, p + (5 * se) + 1e-12);
        }
    }

    [Fact]
    public void Log_factorial_is_exact_enough()
    {
        foreach (long k in (long[])[0, 1, 5, 9, 10, 11, 100, 10_000, 1_000_000])
        {
            double expected = MathNet.Numerics.SpecialFunctions.FactorialLn((int)k);
            Assert.Equal(expected, RandomTable.LogFactorial(k), Math.Max(1e-13, expected * 2e-15));
        }
    }
}
