using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using KanoKit.Statistics;

namespace KanoKit.Tests.Statistics;

public class PortableMathTests
{
    private static readonly Arbitrary<double> Positive =
        Gen.Choose(-1070, 1020).Zip(Gen.Choose(1, int.MaxValue - 1), (e, m) => Math.ScaleB(1 + (m / (double)int.MaxValue), e)).ToArbitrary();

    [Property(MaxTest = 2000)]
    public Property Log_agrees_with_the_runtime_to_two_ulps() =>
        Prop.ForAll(Positive, x => Math.Abs(PortableMath.Log(x) - Math.Log(x)) <= Math.Abs(Math.Log(x)) * 4.5e-16);

    [Property(MaxTest = 2000)]
    public Property Exp_agrees_with_the_runtime_to_two_ulps() =>
        Prop.ForAll(Gen.Choose(-740_000, 709_000).Select(k => k / 1000.0 + 0.000123).ToArbitrary(), x =>
            Math.Abs(PortableMath.Exp(x) - Math.Exp(x)) <= (Math.Exp(x) * 4.5e-16) + (2 * double.Epsilon)); // below 2.2e-308 results are subnormal: one unit there is double.Epsilon

    [Property(MaxTest = 2000)]
    public Property Log1p_is_accurate_for_small_arguments() =>
        Prop.ForAll(Gen.Choose(-999_999, 999_999).Select(k => k * 1e-6 * Math.Pow(10, -(Math.Abs(k) % 12))).ToArbitrary(), x =>
            x == 0 ? PortableMath.Log1p(x) == 0 : Math.Abs(PortableMath.Log1p(x) - Log1pReference(x)) <= Math.Abs(Log1pReference(x)) * 1e-15);

    [Fact]
    public void Edge_values()
    {
        Assert.Equal(0, PortableMath.Log(1));
        Assert.Equal(double.NegativeInfinity, PortableMath.Log(0));
        Assert.True(double.IsNaN(PortableMath.Log(-1)));
        Assert.Equal(double.PositiveInfinity, PortableMath.Log(double.PositiveInfinity));
        Assert.Equal(Math.Log(double.Epsilon), PortableMath.Log(double.Epsilon), 12);
        Assert.Equal(1, PortableMath.Exp(0));
        Assert.Equal(0, PortableMath.Exp(-800));
        Assert.Equal(double.PositiveInfinity, PortableMath.Exp(710));
        Assert.Equal(Math.E, PortableMath.Exp(1), 1e-15);
    }

    /// <summary>ln(1 + x) by the alternating series for |x| small, else via the runtime: an independent reference.</summary>
    private static double Log1pReference(double x)
    {
        if (Math.Abs(x) > 0.5)
        {
            return Math.Log(1 + x); // 1 + x is exact or nearly so here
        }

        if (Math.Abs(x) > 1e-4)
        {
            return (double)DecimalLog1p((decimal)x);
        }

        double sum = 0;
        double power = x;
        for (int k = 1; k < 12; k++)
        {
            sum += (k % 2 == 1 ? 1 : -1) * power / k;
            power *= x;
        }

        return sum;
    }

    private static decimal DecimalLog1p(decimal x)
    {
        // ln(1 + x) = 2 atanh(x / (2 + x)) in decimal arithmetic (28 digits).
        decimal s = x / (2 + x);
        decimal s2 = s * s;
        decimal term = s;
        decimal sum = 0;
        for (int k = 1; k < 200; k += 2)
        {
            sum += term / k;
            term *= s2;
            if (term == 0)
            {
                break;
            }
        }

        return 2 * sum;
    }
}
