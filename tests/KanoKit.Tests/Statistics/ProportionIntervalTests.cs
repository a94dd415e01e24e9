using MathNet.Numerics.Distributions;
using KanoKit.Statistics;

namespace KanoKit.Tests.Statistics;

public class ProportionIntervalTests
{
    [Theory]
    // Newcombe (1998), Statistics in Medicine 17:857–872, Table I, method 3 (Wilson score interval), 95 %.
    [InlineData(81, 263, 0.2553, 0.3662)]
    [InlineData(15, 148, 0.0624, 0.1605)]
    [InlineData(0, 20, 0.0, 0.1611)]
    [InlineData(1, 29, 0.0061, 0.1718)]
    public void Wilson_matches_Newcombe_1998(long x, long n, double lower, double upper)
    {
        var interval = ProportionInterval.Compute(x, n, 0.95)!.Value;
        Assert.Equal(lower, Math.Round(interval.Lower, 4));
        Assert.Equal(upper, Math.Round(interval.Upper, 4));
    }

    [Theory]
    [InlineData(81, 263)]
    [InlineData(1, 29)]
    [InlineData(7, 7)]
    [InlineData(0, 12)]
    public void Clopper_Pearson_bounds_put_half_of_alpha_in_each_binomial_tail(int x, int n)
    {
        var interval = ProportionInterval.Compute(x, n, 0.95, IntervalMethod.ClopperPearson)!.Value;
        if (x > 0)
        {
            Assert.Equal(0.025, 1 - Binomial.CDF(interval.Lower, n, x - 1), 9);
        }

        if (x < n)
        {
            Assert.Equal(0.025, Binomial.CDF(interval.Upper, n, x), 9);
        }
    }

    [Fact]
    public void Clopper_Pearson_is_wider_than_Wilson()
    {
        var wilson = ProportionInterval.Compute(81, 263, 0.95)!.Value;
        var exact = ProportionInterval.Compute(81, 263, 0.95, IntervalMethod.ClopperPearson)!.Value;
        Assert.True(exact.Lower < wilson.Lower && exact.Upper > wilson.Upper);
    }

    [Fact]
    public void Higher_confidence_gives_a_wider_interval()
    {
        var at90 = ProportionInterval.Compute(30, 100, 0.90)!.Value;
        var at99 = ProportionInterval.Compute(30, 100, 0.99)!.Value;
        Assert.True(at99.Lower < at90.Lower && at99.Upper > at90.Upper);
        Assert.True(at90.Contains(0.3));
    }

    [Fact]
    public void No_trials_no_interval_and_arguments_are_checked()
    {
        Assert.Null(ProportionInterval.Compute(0, 0, 0.95));
        Assert.Throws<ArgumentOutOfRangeException>(() => ProportionInterval.Compute(3, 2, 0.95));
        Assert.Throws<ArgumentOutOfRangeException>(() => ProportionInterval.Compute(1, 2, 1.0));
        Assert.Throws<ArgumentOutOfRangeException>(() => ProportionInterval.Compute(1, 2, 0));
    }

    [Fact]
    public void Normal_quantile_of_95_percent_is_1_96() =>
        Assert.Equal(1.959964, ProportionInterval.NormalQuantile(0.95), 6);
}

public class WilsonBoundsTests
{
    [Theory]
    [InlineData(10)]
    [InlineData(3)]
    [InlineData(1000)]
    public void At_no_success_the_lower_bound_is_exactly_0_and_at_all_successes_the_upper_is_exactly_1(long n)
    {
        // Computed naively the bound is 2.8e-17 away, which made a Worse interval end at −2.8e-17 ("−0.000").
        Assert.Equal(0.0, ProportionInterval.Compute(0, n, 0.95)!.Value.Lower);
        Assert.Equal(1.0, ProportionInterval.Compute(n, n, 0.95)!.Value.Upper);
        Assert.False(double.IsNegative(ProportionInterval.Compute(0, n, 0.95)!.Value.Negate().Upper));
    }
}
