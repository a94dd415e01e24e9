using KanoKit.Statistics;

namespace KanoKit.Tests.Statistics;

public class GoodnessOfFitTests
{
    [Fact]
    public void Worked_example_gives_chi_square_72_49_on_3_df()
    {
        // KANO-METHODS §3: M=95, O=123, A=45, I=33 → e = 74, χ² = 72.49.
        var result = GoodnessOfFit.Test(WorkedExamples.GoodnessOfFit)!.Value;
        Assert.Equal(5364.0 / 74, result.ChiSquare, 12);
        Assert.Equal(72.49, Math.Round(result.ChiSquare, 2));
        Assert.Equal(3, result.Df);

        // For df = 3, P(χ² ≥ x) = erfc(sqrt(x/2)) + sqrt(2x/π)·exp(−x/2) = 1.2522761e-15 here (closed form, computed independently).
        Assert.Equal(1.2522761e-15, result.P, 1e-21);
    }

    [Fact]
    public void Equal_counts_fit_perfectly()
    {
        var result = GoodnessOfFit.Test(new CategoryCounts(25, 25, 25, 25, 9, 9))!.Value;
        Assert.Equal(0, result.ChiSquare);
        Assert.Equal(1, result.P);
    }

    [Theory]
    [InlineData(0.584, 0.9)]
    [InlineData(7.815, 0.05)]
    [InlineData(11.345, 0.01)]
    public void P_values_match_the_chi_square_table_for_3_df(double x, double p) =>
        Assert.Equal(p, GoodnessOfFit.UpperTail(x, 3), 3);

    [Fact]
    public void Undefined_without_signal_pairs() => Assert.Null(GoodnessOfFit.Test(new CategoryCounts(0, 0, 0, 0, 3, 3)));
}
